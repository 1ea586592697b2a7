/**
 * Every message an instructor can see from the content checks, in the current locale (English
 * in `npm run check` unless a script sets another; words: src/i18n/catalog/<locale>/authoring.ts).
 * Each says what is wrong, what was found, and how to fix it.
 */
import * as en from '../i18n/catalog/en/authoring';
import { localizedOnDemand } from '../i18n/localized';

/** The Chinese texts: a chunk of their own, downloaded only by a page or worker that speaks Chinese. */
const zhCnTexts = () => import('../i18n/catalog/zh-cn/authoring');

export const authoringMessages = await localizedOnDemand(en.authoringMessages, {
  'zh-cn': () => zhCnTexts().then((texts) => texts.authoringMessages),
});
