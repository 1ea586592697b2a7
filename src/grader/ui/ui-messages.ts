/**
 * Every label and sentence of the exercise panel, in the reader's language (pinned by
 * test/grader/ui/ui-messages.test.ts; words: src/i18n/catalog/<locale>/exercise.ts). Button
 * names are part of the accessibility contract.
 */
import * as en from '../../i18n/catalog/en/exercise';
import * as zhCn from '../../i18n/catalog/zh-cn/exercise';
import { localized } from '../../i18n/localized';

export const exerciseUi = localized({ en: en.exerciseUi, 'zh-cn': zhCn.exerciseUi });
