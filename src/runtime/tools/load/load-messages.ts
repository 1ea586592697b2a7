/**
 * Every message the load generator shows a learner, in the learner's language. The words live in
 * src/i18n/catalog/<locale>/load.ts; pinned by test/runtime/load/load-options.test.ts.
 */
import * as en from '../../../i18n/catalog/en/load';
import { localizedOnDemand } from '../../../i18n/localized';

/** The Chinese texts: a chunk of their own, downloaded only by a page or worker that speaks Chinese. */
const zhCnTexts = () => import('../../../i18n/catalog/zh-cn/load');

export const loadMessages = await localizedOnDemand(en.loadMessages, { 'zh-cn': () => zhCnTexts().then((texts) => texts.loadMessages) });
