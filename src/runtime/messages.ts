/**
 * Every learner-facing text of the kernel, cell controls and kernel bar, in the reader's language
 * (pinned by test/runtime/messages.test.ts). The words live in src/i18n/catalog/<locale>/runtime.ts;
 * a kernel worker speaks the locale its page told it (InitRequest.locale).
 */
import * as en from '../i18n/catalog/en/runtime';
import * as zhCn from '../i18n/catalog/zh-cn/runtime';
import { formatRunTime } from '../i18n/catalog/runtime-units';
import { currentLocale } from '../i18n/current-locale';
import { localized } from '../i18n/localized';

export { formatBytes } from '../i18n/catalog/runtime-units';

/** Milliseconds as "12 ms" below a second, "1.2 s" above (in the current locale's units). */
export const formatDuration = (ms: number): string => formatRunTime(ms, currentLocale());

export const runtimeMessages = localized({ en: en.runtimeMessages, 'zh-cn': zhCn.runtimeMessages });
