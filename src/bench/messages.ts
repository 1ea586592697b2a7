/**
 * Every sentence the speed page shows the learner, in the reader's language (pinned by
 * test/bench/messages.test.ts). The words live in src/i18n/catalog/<locale>/bench.ts.
 */
import * as en from '../i18n/catalog/en/bench';
import * as zhCn from '../i18n/catalog/zh-cn/bench';
import { localized } from '../i18n/localized';

/** What each backend is, in a few words. */
export const BACKEND_LABELS = localized({ en: en.backendLabels, 'zh-cn': zhCn.backendLabels });

export const speedMessages = localized({ en: en.speedMessages, 'zh-cn': zhCn.speedMessages });
