/** What the Open a lesson page says, in the reader's language (words: src/i18n/catalog/<locale>/open.ts). */
import * as en from '../i18n/catalog/en/open';
import { localizedOnDemand } from '../i18n/localized';

/** The Chinese texts: a chunk of their own, downloaded only by a page or worker that speaks Chinese. */
const zhCnTexts = () => import('../i18n/catalog/zh-cn/open');

/** The largest lesson file or fetched text the page reads, in kilobytes. */
export const OPEN_LESSON_LIMIT_KB = 512;

export const openMessages = await localizedOnDemand(en.openMessages, { 'zh-cn': () => zhCnTexts().then((texts) => texts.openMessages) });
