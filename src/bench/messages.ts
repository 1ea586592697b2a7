/**
 * Every sentence the speed page shows the learner, in the reader's language (pinned by
 * test/bench/messages.test.ts). The words live in src/i18n/catalog/<locale>/bench.ts.
 */
import { localizedOnDemand } from '../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../i18n/catalog/en/bench');
const zhCnTexts = () => import('../i18n/catalog/zh-cn/bench');

/** What each backend is, in a few words. */
export const BACKEND_LABELS = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.backendLabels),
  'zh-cn': () => zhCnTexts().then((texts) => texts.backendLabels),
});

export const speedMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.speedMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.speedMessages),
});
