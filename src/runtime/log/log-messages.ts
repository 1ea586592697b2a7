/**
 * Every label and sentence of the experiment log, in the reader's language (pinned by
 * test/runtime/log/). The words live in src/i18n/catalog/<locale>/log.ts.
 */
import { localizedOnDemand } from '../../i18n/localized';

export type { LogLimits } from '../../i18n/catalog/en/log';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../../i18n/catalog/en/log');
const zhCnTexts = () => import('../../i18n/catalog/zh-cn/log');

export const logMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.logMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.logMessages),
});
