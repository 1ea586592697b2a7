/**
 * What the page says about a Check without the grading worker (a report it makes up when the
 * worker times out or fails), in the reader's language. The words live in
 * src/i18n/catalog/<locale>/check.ts, apart from the grading messages the worker speaks, so a
 * lesson page carries only these.
 */
import { localizedOnDemand } from '../../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../../i18n/catalog/en/check');
const zhCnTexts = () => import('../../i18n/catalog/zh-cn/check');

export const checkMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.checkMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.checkMessages),
});
