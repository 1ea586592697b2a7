/**
 * Every label and sentence of the group progress page, in the reader's language (words:
 * src/i18n/catalog/<locale>/group.ts). Only the group page imports this module.
 */
import * as en from '../i18n/catalog/en/group';
import * as zhCn from '../i18n/catalog/zh-cn/group';
import { localized } from '../i18n/localized';

/** What the group board says about a file it does not show, each starting with the file's name. */
export const groupFileMessages = localized({ en: en.groupFileMessages, 'zh-cn': zhCn.groupFileMessages });

/** Labels and sentences of the group progress page. */
export const groupUi = localized({ en: en.groupUi, 'zh-cn': zhCn.groupUi });

/** The text of the group page around the board. */
export const groupPage = localized({ en: en.groupPage, 'zh-cn': zhCn.groupPage });
