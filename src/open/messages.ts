/** What the Open a lesson page says, in the reader's language (words: src/i18n/catalog/<locale>/open.ts). */
import * as en from '../i18n/catalog/en/open';
import * as zhCn from '../i18n/catalog/zh-cn/open';
import { localized } from '../i18n/localized';

/** The largest lesson file or fetched text the page reads, in kilobytes. */
export const OPEN_LESSON_LIMIT_KB = 512;

export const openMessages = localized({ en: en.openMessages, 'zh-cn': zhCn.openMessages });
