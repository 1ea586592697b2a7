/**
 * Every message a learner can see about their saved progress, and every label of the progress
 * and group pages, in the reader's language. The words live in the message catalog
 * (src/i18n/catalog/<locale>/progress.ts and group.ts); this module names them for the code.
 */
import * as enGroup from '../i18n/catalog/en/group';
import * as enProgress from '../i18n/catalog/en/progress';
import * as zhGroup from '../i18n/catalog/zh-cn/group';
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

/** What the group board says about a file it does not show, each starting with the file's name. */
export const groupFileMessages = localized({ en: enGroup.groupFileMessages, 'zh-cn': zhGroup.groupFileMessages });

/** Labels and sentences of the group progress page. */
export const groupUi = localized({ en: enGroup.groupUi, 'zh-cn': zhGroup.groupUi });

/** The text of the group page around the board. */
export const groupPage = localized({ en: enGroup.groupPage, 'zh-cn': zhGroup.groupPage });

/** "1 file", "3 files": `count` with the English word for its plural category. */
export function counted(count: number, one: string, other: string): string {
  return plural(count, { one: `# ${one}`, other: `# ${other}` }, 'en');
}
