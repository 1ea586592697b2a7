/**
 * Every label and sentence of the group progress page, in the reader's language (words:
 * src/i18n/catalog/<locale>/group.ts). Only the group page imports this module.
 */
import * as en from '../i18n/catalog/en/group';
import { localizedOnDemand } from '../i18n/localized';

/** The Chinese texts: a chunk of their own, downloaded only by a page or worker that speaks Chinese. */
const zhCnTexts = () => import('../i18n/catalog/zh-cn/group');

/** What the group board says about a file it does not show, each starting with the file's name. */
export const groupFileMessages = await localizedOnDemand(en.groupFileMessages, {
  'zh-cn': () => zhCnTexts().then((texts) => texts.groupFileMessages),
});

/** Labels and sentences of the group progress page. */
export const groupUi = await localizedOnDemand(en.groupUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.groupUi) });

/** The text of the group page around the board. */
export const groupPage = await localizedOnDemand(en.groupPage, { 'zh-cn': () => zhCnTexts().then((texts) => texts.groupPage) });
