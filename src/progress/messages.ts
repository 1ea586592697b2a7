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

/** Labels of the course map and the progress page. */
export const progressUi = {
  completion: (passed: number, total: number) => `${passed} of ${total} exercises passed`,
  statusLabel: { 'not-started': 'Not started', attempted: 'Attempted', passed: 'Passed' } as const,
  nothingYet: 'No progress yet: solve an exercise or edit a code cell and it appears here.',
} as const;
