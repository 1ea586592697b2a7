/**
 * Every learner-facing text of the kernel, cell controls and kernel bar, in the reader's language
 * (pinned by test/runtime/messages.test.ts). The words live in src/i18n/catalog/<locale>/runtime.ts;
 * a kernel worker speaks the locale its page told it (InitRequest.locale).
 */
import { formatRunTime } from '../i18n/catalog/runtime-units';
import { currentLocale } from '../i18n/current-locale';
import { localizedOnDemand } from '../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../i18n/catalog/en/runtime');
const zhCnTexts = () => import('../i18n/catalog/zh-cn/runtime');

export { formatBytes } from '../i18n/catalog/runtime-units';

/** Milliseconds as "12 ms" below a second, "1.2 s" above (in the current locale's units). */
export const formatDuration = (ms: number): string => formatRunTime(ms, currentLocale());

export const runtimeMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.runtimeMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.runtimeMessages),
});
