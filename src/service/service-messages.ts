/**
 * The words of a model service's answers and of its option checks, in the language of the
 * thread that runs it (the in-browser service's worker is told the page's; `npm run serve:model`
 * speaks English). They live in src/i18n/catalog/<locale>/service.ts; pinned by test/service/.
 */
import * as en from '../i18n/catalog/en/service';
import * as zhCn from '../i18n/catalog/zh-cn/service';
import { localized } from '../i18n/localized';

/** A 400's field, expected and got, a 500's and a 503's reason. */
export const requestMessages = localized({ en: en.requestMessages, 'zh-cn': zhCn.requestMessages });

/** What each option of `service.start` (and `npm run serve:model`) must be. */
export const serviceOptionMessages = localized({ en: en.serviceOptionMessages, 'zh-cn': zhCn.serviceOptionMessages });
