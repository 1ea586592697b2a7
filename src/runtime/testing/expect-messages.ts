/**
 * The words of `expect.*` and of `test(...)` verdicts, shared by lesson cells and the grader so a
 * learner reads the same sentence wherever a check fails, in the learner's language. The words
 * live in src/i18n/catalog/<locale>/expect.ts; the grader's messages (src/grader/messages.ts)
 * include these. Pinned word for word by test/grader/api/expect.test.ts and
 * test/runtime/testing/cell-tests.test.ts.
 */
import * as en from '../../i18n/catalog/en/expect';
import * as zhCn from '../../i18n/catalog/zh-cn/expect';
import { localized } from '../../i18n/localized';

export { formatFigure as formatNumber, formatShape } from '../../i18n/catalog/format-figures';

/** The messages of failed `expect.*` checks. */
export const expectMessages = localized({ en: en.expectMessages, 'zh-cn': zhCn.expectMessages });

/** What `expect.*` calls a value the test does not name, and what a value turned out to be. */
export const expectLabels = localized({ en: en.expectLabels, 'zh-cn': zhCn.expectLabels });

/** The messages of `test(name, fn)` verdicts. */
export const testMessages = localized({ en: en.testMessages, 'zh-cn': zhCn.testMessages });
