/**
 * Every label and sentence of share links, in the reader's language (pinned by
 * test/share/messages.test.ts). The words live in src/i18n/catalog/<locale>/share.ts; the page
 * carries them in every language the site speaks, and nothing else.
 */
import * as en from '../i18n/catalog/en/share';
import * as zhCn from '../i18n/catalog/zh-cn/share';
import { localized } from '../i18n/localized';

export const shareMessages = localized({ en: en.shareMessages, 'zh-cn': zhCn.shareMessages });
