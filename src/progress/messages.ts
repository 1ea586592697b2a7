/**
 * Every message a learner can see about their saved progress, and every label of the progress
 * page, in the reader's language. The words live in the message catalog
 * (src/i18n/catalog/<locale>/progress.ts); this module names them for the code.
 */
import * as enProgress from '../i18n/catalog/en/progress';
import * as zhProgress from '../i18n/catalog/zh-cn/progress';
import { localized } from '../i18n/localized';
import { plural } from '../i18n/plural';

export const progressMessages = localized({ en: enProgress.progressMessages, 'zh-cn': zhProgress.progressMessages });

/** Labels of the course map and the progress page's exercise list. */
export const progressUi = localized({ en: enProgress.progressUi, 'zh-cn': zhProgress.progressUi });

/** The learner-name field of the progress page. */
export const learnerNameUi = localized({ en: enProgress.learnerNameUi, 'zh-cn': zhProgress.learnerNameUi });

/** The headings, buttons and fields of the progress page. */
export const progressPage = localized({ en: enProgress.progressPage, 'zh-cn': zhProgress.progressPage });

// The group page's messages live apart, so a lesson page's bundle does not carry them.
export { groupFileMessages, groupPage, groupUi } from './group-messages';

/** "1 file", "3 files": `count` with the English word for its plural category. */
export function counted(count: number, one: string, other: string): string {
  return plural(count, { one: `# ${one}`, other: `# ${other}` }, 'en');
}
