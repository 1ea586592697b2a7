/**
 * Every label and sentence of the group progress page, in the reader's language (words:
 * src/i18n/catalog/<locale>/group.ts). Only the group page imports this module.
 */
import { localizedOnDemand } from '../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../i18n/catalog/en/group');
const zhCnTexts = () => import('../i18n/catalog/zh-cn/group');

/** What the group board says about a file it does not show, each starting with the file's name. */
export const groupFileMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.groupFileMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.groupFileMessages),
});

/** Labels and sentences of the group progress page. */
export const groupUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.groupUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.groupUi),
});

/** The text of the group page around the board. */
export const groupPage = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.groupPage),
  'zh-cn': () => zhCnTexts().then((texts) => texts.groupPage),
});
