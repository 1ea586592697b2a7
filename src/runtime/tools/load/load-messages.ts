/**
 * Every message the load generator shows a learner, in the learner's language. The words live in
 * src/i18n/catalog/<locale>/load.ts; pinned by test/runtime/load/load-options.test.ts.
 */
import { localizedOnDemand } from '../../../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../../../i18n/catalog/en/load');
const zhCnTexts = () => import('../../../i18n/catalog/zh-cn/load');

export const loadMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.loadMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.loadMessages),
});
