/**
 * What the page says about its offline copy and updates (footer status and update banner), in the
 * reader's language (words: src/i18n/catalog/<locale>/offline.ts).
 */
import { localizedOnDemand } from '../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../i18n/catalog/en/offline');
const zhCnTexts = () => import('../i18n/catalog/zh-cn/offline');

export { formatBytes } from '../i18n/format-bytes';

export const offlineMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.offlineMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.offlineMessages),
});
