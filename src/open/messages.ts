/** What the Open a lesson page says, in the reader's language (words: src/i18n/catalog/<locale>/open.ts). */
import { localizedOnDemand } from '../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../i18n/catalog/en/open');
const zhCnTexts = () => import('../i18n/catalog/zh-cn/open');

/** The largest lesson file or fetched text the page reads, in kilobytes. */
export const OPEN_LESSON_LIMIT_KB = 512;

export const openMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.openMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.openMessages),
});
