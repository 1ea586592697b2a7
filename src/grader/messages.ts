/**
 * Every message a learner sees from grading, in the learner's language: each says what was
 * expected, what their code gave, and where to look. The words live in
 * src/i18n/catalog/<locale>/grader.ts; those of `expect.*` itself in
 * src/i18n/catalog/<locale>/expect.ts (read through src/runtime/testing/expect-messages.ts),
 * shared with lesson cells. Pinned word for word by test/grader/api/expect.test.ts.
 */
import { localizedOnDemand } from '../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../i18n/catalog/en/grader');
const zhCnTexts = () => import('../i18n/catalog/zh-cn/grader');

export { formatNumber, formatShape } from '../runtime/testing/expect-messages';
export type { ForbiddenUse } from '../i18n/catalog/en/grader';

export const gradeMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.gradeMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.gradeMessages),
});

/** How grading names what it checks ("Your code", "Your softmax()"), and its notes around the learner's code. */
export const gradeLabels = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.gradeLabels),
  'zh-cn': () => zhCnTexts().then((texts) => texts.gradeLabels),
});

/**
 * Messages of grading the learner's own tests (`learner.ownTestsPass`, `learner.ownTestsCatch`):
 * which test failed the correct implementation, or which planted bug went uncaught, by the name
 * the exercise gives it, never by showing the hidden code.
 */
export const ownTestMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.ownTestMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.ownTestMessages),
});

/** Messages about a test that broke for a reason other than a failed check. */
export const testErrorMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.testErrorMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.testErrorMessages),
});

/** Messages of the source checks (`source.*` in tests.js): what was used, where, and what to do instead. */
export const sourceMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.sourceMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.sourceMessages),
});
