/**
 * What the page says about its offline copy and updates (footer status and update banner), in the
 * reader's language (words: src/i18n/catalog/<locale>/offline.ts).
 */
import * as en from '../i18n/catalog/en/offline';
import * as zhCn from '../i18n/catalog/zh-cn/offline';
import { localized } from '../i18n/localized';

export { formatBytes } from '../i18n/format-bytes';

export const offlineMessages = localized({ en: en.offlineMessages, 'zh-cn': zhCn.offlineMessages });
