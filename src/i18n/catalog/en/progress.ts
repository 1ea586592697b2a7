/**
 * Every message a learner can see about their saved progress: the notices of the progress store,
 * the import and export of the progress page, the course map's completion and the page's labels.
 */
import { plural } from '../../plural';

const cells = (count: number) => plural(count, { one: '# saved cell', other: '# saved cells' }, 'en');
const exercises = (count: number) => plural(count, { one: '# exercise', other: '# exercises' }, 'en');

/** What the progress store and the import and export say. */
export const progressMessages = {
  corruptKeptAside: (backupKey: string) =>
    `Your saved progress could not be read (it is damaged), so this page started fresh. Nothing was deleted: the old data is kept in your browser's storage under "${backupKey}".`,
  newerKeptAside: (version: number, backupKey: string) =>
    `Your saved progress was written by a newer version of runfirst (format ${version}), so this page started fresh. The newer data is kept in your browser's storage under "${backupKey}"; open the newer site to use it.`,
  storageUnavailable: () =>
    'Your browser does not let this site save progress (storage is disabled or full). Everything works, but your code and progress will not be kept after you leave.',
  dismiss: () => 'Dismiss',
  importNotJson: (reason: string) =>
    `That file is not a runfirst progress file: it is not valid JSON (${reason}). Nothing was changed. Choose a file you saved with Export progress.`,
  importForeign: () =>
    'That file is not a runfirst progress file (it has no "runfirst-progress" marker). Nothing was changed. Choose a file you saved with Export progress.',
  importNewer: (version: number) =>
    `That progress file was written by a newer version of runfirst (format ${version}). Nothing was changed. Import it on the newer site.`,
  importInvalid: (where: string, problem: string) => `That progress file is damaged: ${where}: ${problem}. Nothing was changed.`,
  importDone: (mode: 'merge' | 'replace', cellCount: number, exerciseCount: number) =>
    mode === 'merge'
      ? `Progress merged: ${cells(cellCount)} and ${exercises(exerciseCount)} from the file were combined with yours.`
      : `Progress replaced: you now have the file's ${cells(cellCount)} and ${exercises(exerciseCount)}.`,
  importNoFile: () => 'Choose a progress file first (one you saved with Export progress).',
  exportDone: (fileName: string) => `Your progress was saved as ${fileName}.`,
};

/** Labels of the course map and the progress page's exercise list. */
export const progressUi = {
  completion: (passed: number, total: number) => `${passed} of ${plural(total, { one: '# exercise', other: '# exercises' }, 'en')} passed`,
  statusLabel: { 'not-started': 'Not started', attempted: 'Attempted', passed: 'Passed' },
  /** After an exercise's status on the progress page, when the learner opened hints. */
  hintsUsed: (hints: number) => plural(hints, { one: '# hint used', other: '# hints used' }, 'en'),
  nothingYet: 'No progress yet: solve an exercise or edit a code cell and it appears here.',
};

/** The learner-name field of the progress page. */
export const learnerNameUi = {
  label: 'Your name (optional)',
  hint: 'Saved in this browser and written into the file you export, so your study group can tell whose progress it is.',
};

/** The headings, buttons and fields of the progress page (src/pages/progress.astro). */
export const progressPage = {
  title: 'Your progress',
  lede: 'Your code and progress are saved in this browser only. Export them to a file to keep a copy or to move to another browser, and import that file there.',
  exercisesTitle: 'Exercises',
  transferTitle: 'Export and import',
  exportButton: 'Export progress',
  importFileLabel: 'Progress file to import',
  importModeLegend: 'When importing',
  mergeMode: 'Merge with my progress',
  replaceMode: 'Replace my progress',
  importButton: 'Import progress',
};
