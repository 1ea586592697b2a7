/**
 * Every message an instructor can see from the content checks, in the current locale (English
 * in `npm run check` unless a script sets another; words: src/i18n/catalog/<locale>/authoring.ts).
 * Each says what is wrong, what was found, and how to fix it.
 */
import * as en from '../i18n/catalog/en/authoring';
import * as zhCn from '../i18n/catalog/zh-cn/authoring';
import { localized } from '../i18n/localized';

export const authoringMessages = localized({ en: en.authoringMessages, 'zh-cn': zhCn.authoringMessages });
