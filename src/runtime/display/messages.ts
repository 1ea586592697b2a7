/**
 * Every learner-facing text of the cell Output, in the reader's language: notes, progress labels,
 * chart names and summaries, and the errors `show.*` throws for wrong input (pinned by
 * test/runtime/display/messages.test.ts). The words live in src/i18n/catalog/<locale>/display.ts.
 */
import { formatGlanceTime } from '../../i18n/catalog/runtime-units';
import { currentLocale } from '../../i18n/current-locale';
import { localizedOnDemand } from '../../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../../i18n/catalog/en/display');
const zhCnTexts = () => import('../../i18n/catalog/zh-cn/display');

export { formatBarValue, formatShort } from '../../i18n/catalog/runtime-units';

/** "3 s", "2 min 5 s", "1 h 4 min": a duration a learner reads at a glance (in the current locale's units). */
export const formatDuration = (ms: number): string => formatGlanceTime(ms, currentLocale());

/** The texts, by purpose; functions take what varies. */
export const displayMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.displayMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.displayMessages),
});
