/**
 * The words of `expect.*` and of `test(...)` verdicts, shared by lesson cells and the grader so a
 * learner reads the same sentence wherever a check fails, in the learner's language. The words
 * live in src/i18n/catalog/<locale>/expect.ts; the grader's messages (src/grader/messages.ts)
 * include these. Pinned word for word by test/grader/api/expect.test.ts and
 * test/runtime/testing/cell-tests.test.ts.
 */
import { localizedOnDemand } from '../../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../../i18n/catalog/en/expect');
const zhCnTexts = () => import('../../i18n/catalog/zh-cn/expect');

export { formatFigure as formatNumber, formatShape } from '../../i18n/catalog/format-figures';

/** The messages of failed `expect.*` checks. */
export const expectMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.expectMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.expectMessages),
});

/** What `expect.*` calls a value the test does not name, and what a value turned out to be. */
export const expectLabels = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.expectLabels),
  'zh-cn': () => zhCnTexts().then((texts) => texts.expectLabels),
});

/** The messages of `test(name, fn)` verdicts. */
export const testMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.testMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.testMessages),
});
