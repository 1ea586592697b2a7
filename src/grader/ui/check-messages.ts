/**
 * What the page says about a Check without the grading worker (a report it makes up when the
 * worker times out or fails), in the reader's language. The words live in
 * src/i18n/catalog/<locale>/check.ts, apart from the grading messages the worker speaks, so a
 * lesson page carries only these.
 */
import * as en from '../../i18n/catalog/en/check';
import * as zhCn from '../../i18n/catalog/zh-cn/check';
import { localized } from '../../i18n/localized';

export const checkMessages = localized({ en: en.checkMessages, 'zh-cn': zhCn.checkMessages });
