/**
 * Every label and sentence of the exercise panel, in the reader's language (pinned by
 * test/grader/ui/ui-messages.test.ts; words: src/i18n/catalog/<locale>/exercise.ts). Button
 * names are part of the accessibility contract.
 */
import { localizedOnDemand } from '../../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../../i18n/catalog/en/exercise');
const zhCnTexts = () => import('../../i18n/catalog/zh-cn/exercise');

export const exerciseUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.exerciseUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.exerciseUi),
});
