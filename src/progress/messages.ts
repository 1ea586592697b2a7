/**
 * Every message a learner can see about their saved progress, in one place so the wording
 * stays consistent, is pinned by tests and can be translated.
 */
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
  importDone: (mode: 'merge' | 'replace', cells: number, exercises: number) =>
    mode === 'merge'
      ? `Progress merged: ${cells} saved cells and ${exercises} exercises from the file were combined with yours.`
      : `Progress replaced: you now have the file's ${cells} saved cells and ${exercises} exercises.`,
  importNoFile: () => 'Choose a progress file first (one you saved with Export progress).',
  exportDone: (fileName: string) => `Your progress was saved as ${fileName}.`,
} as const;

const englishPlural = new Intl.PluralRules('en');

/** "1 file", "3 files": `count` with the word for its plural category. */
export function counted(count: number, one: string, other: string): string {
  return `${count} ${englishPlural.select(count) === 'one' ? one : other}`;
}

/** Labels of the course map and the progress page. */
export const progressUi = {
  completion: (passed: number, total: number) => `${passed} of ${total} exercises passed`,
  statusLabel: { 'not-started': 'Not started', attempted: 'Attempted', passed: 'Passed' } as const,
  nothingYet: 'No progress yet: solve an exercise or edit a code cell and it appears here.',
} as const;

/** The learner-name field of the progress page. */
export const learnerNameUi = {
  label: 'Your name (optional)',
  hint: 'Saved in this browser and written into the file you export, so your study group can tell whose progress it is.',
} as const;

/** What the group board says about a file it does not show, each starting with the file's name. */
export const groupFileMessages = {
  tooLarge: (fileName: string, megabytes: number, limit: number) =>
    `${fileName}: too large to be a progress file (${megabytes.toFixed(1)} MB; the limit is ${limit} MB). It was not read.`,
  unreadable: (fileName: string, reason: string) => `${fileName}: the browser could not read this file (${reason}).`,
  notJson: (fileName: string, reason: string) =>
    `${fileName}: not a runfirst progress file: it is not valid JSON (${reason}). Ask for the file that Export progress saves.`,
  foreign: (fileName: string) =>
    `${fileName}: not a runfirst progress file (it has no "runfirst-progress" marker). Ask for the file that Export progress saves.`,
  newer: (fileName: string, version: number) =>
    `${fileName}: written by a newer version of runfirst (progress format ${version}). Open the group board on the newer site to read it.`,
  damaged: (fileName: string, where: string, problem: string) => `${fileName}: the progress file is damaged: ${where}: ${problem}.`,
  sameExport: (fileName: string, shownFile: string) => `${fileName}: the same export as ${shownFile}, counted once.`,
  olderExport: (fileName: string, learner: string, shownFile: string) =>
    `${fileName}: an older export from ${learner}; the newer one, ${shownFile}, is shown.`,
} as const;

const groupStatusLabel = { 'not-started': 'Not started', attempted: 'Attempted', passed: 'Passed' } as const;

/** Labels and sentences of the group progress page. */
export const groupUi = {
  title: 'Group progress',
  filesLabel: 'Progress files',
  dropZone: 'Drop exported progress files here, or choose them.',
  clear: 'Clear the board',
  downloadCsv: 'Download CSV',
  problemsTitle: 'Files not shown',
  learnersCaption: 'Progress by learner',
  learnersRegion: 'Progress by learner (scrolls sideways)',
  exercisesCaption: 'Pass rate by exercise',
  exercisesRegion: 'Pass rate by exercise (scrolls sideways)',
  hardestTitle: 'Hardest for this group',
  learnerColumn: 'Learner',
  passedColumn: 'Passed',
  passRateRow: 'Pass rate',
  exerciseColumns: ['Exercise', 'Passed', 'Tried', 'Pass rate', 'Hints used', 'Checks'] as const,
  empty: 'No files yet. Ask each learner to export their progress on Your progress and send you the file.',
  unnamed: (fileName: string) => `Unnamed (${fileName})`,
  notInCourse: (id: string) => `${id} (not in this course)`,
  statusLabel: groupStatusLabel,
  cell: (status: keyof typeof groupStatusLabel, checks: number, hints: number, solutionViewed: boolean) =>
    [
      groupStatusLabel[status],
      ...(checks > 0 ? [counted(checks, 'check', 'checks')] : []),
      ...(hints > 0 ? [counted(hints, 'hint', 'hints')] : []),
      ...(solutionViewed ? ['solution viewed'] : []),
    ].join(' · '),
  learnerPassed: (passed: number, total: number) => `${passed} of ${total}`,
  rate: (passed: number, learners: number) => `${passed} of ${learners} (${learners === 0 ? 0 : Math.round((100 * passed) / learners)}%)`,
  percent: (passed: number, of: number) => `${of === 0 ? 0 : Math.round((100 * passed) / of)}%`,
  hardest: (title: string, passed: number, tried: number, hints: number, checks: number) =>
    `${title}: ${passed} of ${tried} who tried it passed; ${counted(hints, 'hint', 'hints')} and ${counted(checks, 'check', 'checks')} in all.`,
  noneTried: 'Nobody in these files has tried an exercise yet.',
  summary: (learners: number, files: number, notShown: number) =>
    `Showing ${counted(learners, 'learner', 'learners')} from ${counted(files, 'file', 'files')}` +
    (notShown > 0 ? `; ${counted(notShown, 'file', 'files')} not shown (see below).` : '.'),
  otherCourseVersions: (versions: readonly string[], own: string) =>
    `Some files were exported from another version of the course (${versions.join(', ')}); this site is ${own}, so their exercises may differ.`,
  csvFileName: (now: Date) => `runfirst-group-progress-${now.toISOString().slice(0, 10)}.csv`,
  csvDone: (fileName: string) => `The table was saved as ${fileName}.`,
} as const;
