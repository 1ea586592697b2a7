/**
 * Every label and sentence of the experiment log, in the reader's language (pinned by
 * test/runtime/log/). The words live in src/i18n/catalog/<locale>/log.ts.
 */
import * as en from '../../i18n/catalog/en/log';
import * as zhCn from '../../i18n/catalog/zh-cn/log';
import { localized } from '../../i18n/localized';

export type { LogLimits } from '../../i18n/catalog/en/log';

export const logMessages = localized({ en: en.logMessages, 'zh-cn': zhCn.logMessages });
