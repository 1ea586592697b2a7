/**
 * Every sentence the speed page shows the learner, in the reader's language (pinned by
 * test/bench/messages.test.ts). The words live in src/i18n/catalog/<locale>/bench.ts.
 */
import * as en from '../i18n/catalog/en/bench';
import { localizedOnDemand } from '../i18n/localized';

/** The Chinese texts: a chunk of their own, downloaded only by a page or worker that speaks Chinese. */
const zhCnTexts = () => import('../i18n/catalog/zh-cn/bench');

/** What each backend is, in a few words. */
export const BACKEND_LABELS = await localizedOnDemand(en.backendLabels, {
  'zh-cn': () => zhCnTexts().then((texts) => texts.backendLabels),
});

export const speedMessages = await localizedOnDemand(en.speedMessages, { 'zh-cn': () => zhCnTexts().then((texts) => texts.speedMessages) });
