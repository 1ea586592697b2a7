/**
 * Every message a learner sees from grading, in the learner's language: each says what was
 * expected, what their code gave, and where to look. The words live in
 * src/i18n/catalog/<locale>/grader.ts; those of `expect.*` itself in
 * src/i18n/catalog/<locale>/expect.ts (read through src/runtime/testing/expect-messages.ts),
 * shared with lesson cells. Pinned word for word by test/grader/api/expect.test.ts.
 */
import * as en from '../i18n/catalog/en/grader';
import * as zhCn from '../i18n/catalog/zh-cn/grader';
import { localized } from '../i18n/localized';

export { formatNumber, formatShape } from '../runtime/testing/expect-messages';
export type { ForbiddenUse } from '../i18n/catalog/en/grader';

export const gradeMessages = localized({ en: en.gradeMessages, 'zh-cn': zhCn.gradeMessages });

/** How grading names what it checks ("Your code", "Your softmax()"), and its notes around the learner's code. */
export const gradeLabels = localized({ en: en.gradeLabels, 'zh-cn': zhCn.gradeLabels });

/**
 * Messages of grading the learner's own tests (`learner.ownTestsPass`, `learner.ownTestsCatch`):
 * which test failed the correct implementation, or which planted bug went uncaught, by the name
 * the exercise gives it, never by showing the hidden code.
 */
export const ownTestMessages = localized({ en: en.ownTestMessages, 'zh-cn': zhCn.ownTestMessages });

/** Messages about a test that broke for a reason other than a failed check. */
export const testErrorMessages = localized({ en: en.testErrorMessages, 'zh-cn': zhCn.testErrorMessages });

/** Messages of the source checks (`source.*` in tests.js): what was used, where, and what to do instead. */
export const sourceMessages = localized({ en: en.sourceMessages, 'zh-cn': zhCn.sourceMessages });
