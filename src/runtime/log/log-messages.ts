/**
 * Every label and sentence of the experiment log, in the reader's language (pinned by
 * test/runtime/log/). The words live in src/i18n/catalog/<locale>/log.ts.
 */
import * as en from '../../i18n/catalog/en/log';
import { localizedOnDemand } from '../../i18n/localized';

export type { LogLimits } from '../../i18n/catalog/en/log';

/** The Chinese texts: a chunk of their own, downloaded only by a page or worker that speaks Chinese. */
const zhCnTexts = () => import('../../i18n/catalog/zh-cn/log');

export const logMessages = await localizedOnDemand(en.logMessages, { 'zh-cn': () => zhCnTexts().then((texts) => texts.logMessages) });
