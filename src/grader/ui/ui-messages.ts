/**
 * Every label and sentence of the exercise panel, in the reader's language (pinned by
 * test/grader/ui/ui-messages.test.ts; words: src/i18n/catalog/<locale>/exercise.ts). Button
 * names are part of the accessibility contract.
 */
import * as en from '../../i18n/catalog/en/exercise';
import { localizedOnDemand } from '../../i18n/localized';

/** The Chinese texts: a chunk of their own, downloaded only by a page or worker that speaks Chinese. */
const zhCnTexts = () => import('../../i18n/catalog/zh-cn/exercise');

export const exerciseUi = await localizedOnDemand(en.exerciseUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.exerciseUi) });
