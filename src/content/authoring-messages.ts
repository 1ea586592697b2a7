/**
 * Every message an instructor can see from the content checks, in the current locale (English
 * in `npm run check` unless a script sets another; words: src/i18n/catalog/<locale>/authoring.ts).
 * Each says what is wrong, what was found, and how to fix it.
 */
import { localizedOnDemand } from '../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../i18n/catalog/en/authoring');
const zhCnTexts = () => import('../i18n/catalog/zh-cn/authoring');

export const authoringMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.authoringMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.authoringMessages),
});
