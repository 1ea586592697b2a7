/**
 * Every message a learner can see about their saved progress, and every label of the progress
 * page, in the reader's language. The words live in the message catalog
 * (src/i18n/catalog/<locale>/progress.ts); this module names them for the code.
 */
import { localizedOnDemand } from '../i18n/localized';
import { plural } from '../i18n/plural';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../i18n/catalog/en/progress');
const zhCnTexts = () => import('../i18n/catalog/zh-cn/progress');

export const progressMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.progressMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.progressMessages),
});

/** Labels of the course map and the progress page's exercise list. */
export const progressUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.progressUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.progressUi),
});

/** The learner-name field of the progress page. */
export const learnerNameUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.learnerNameUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.learnerNameUi),
});

/** The headings, buttons and fields of the progress page. */
export const progressPage = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.progressPage),
  'zh-cn': () => zhCnTexts().then((texts) => texts.progressPage),
});

/** "1 file", "3 files": `count` with the English word for its plural category. */
export function counted(count: number, one: string, other: string): string {
  return plural(count, { one: `# ${one}`, other: `# ${other}` }, 'en');
}
