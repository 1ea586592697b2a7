/**
 * What the page says about a Check without the grading worker (a report it makes up when the
 * worker times out or fails), in the reader's language. The words live in
 * src/i18n/catalog/<locale>/check.ts, apart from the grading messages the worker speaks, so a
 * lesson page carries only these.
 */
import * as en from '../../i18n/catalog/en/check';
import { localizedOnDemand } from '../../i18n/localized';

/** The Chinese texts: a chunk of their own, downloaded only by a page or worker that speaks Chinese. */
const zhCnTexts = () => import('../../i18n/catalog/zh-cn/check');

export const checkMessages = await localizedOnDemand(en.checkMessages, { 'zh-cn': () => zhCnTexts().then((texts) => texts.checkMessages) });
