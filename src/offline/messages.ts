/**
 * What the page says about its offline copy and updates (footer status and update banner), in the
 * reader's language (words: src/i18n/catalog/<locale>/offline.ts).
 */
import * as en from '../i18n/catalog/en/offline';
import { localizedOnDemand } from '../i18n/localized';

/** The Chinese texts: a chunk of their own, downloaded only by a page or worker that speaks Chinese. */
const zhCnTexts = () => import('../i18n/catalog/zh-cn/offline');

export { formatBytes } from '../i18n/format-bytes';

export const offlineMessages = await localizedOnDemand(en.offlineMessages, {
  'zh-cn': () => zhCnTexts().then((texts) => texts.offlineMessages),
});
