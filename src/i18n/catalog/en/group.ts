/** Every label and sentence of the group progress page, where an instructor reads exported progress files. */
import { plural } from '../../plural';

const count = (n: number, one: string, other: string) => plural(n, { one: `# ${one}`, other: `# ${other}` }, 'en');
const percent = (part: number, of: number) => `${of === 0 ? 0 : Math.round((100 * part) / of)}%`;

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
};

const statusLabel = { 'not-started': 'Not started', attempted: 'Attempted', passed: 'Passed' };

/** Labels and sentences of the group board (src/progress/group-render.ts and group-page.ts). */
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
  exerciseColumns: ['Exercise', 'Passed', 'Tried', 'Pass rate', 'Hints used', 'Checks'],
  empty: 'No files yet. Ask each learner to export their progress on Your progress and send you the file.',
  unnamed: (fileName: string) => `Unnamed (${fileName})`,
  notInCourse: (id: string) => `${id} (not in this course)`,
  statusLabel,
  /** One learner's cell for one exercise: status, then checks, hints and a viewed solution if any. */
  cell: (status: keyof typeof statusLabel, checks: number, hints: number, solutionViewed: boolean) =>
    [
      statusLabel[status],
      ...(checks > 0 ? [count(checks, 'check', 'checks')] : []),
      ...(hints > 0 ? [count(hints, 'hint', 'hints')] : []),
      ...(solutionViewed ? ['solution viewed'] : []),
    ].join(' · '),
  learnerPassed: (passed: number, total: number) => `${passed} of ${total}`,
  rate: (passed: number, learners: number) => `${passed} of ${learners} (${percent(passed, learners)})`,
  percent,
  hardest: (title: string, passed: number, tried: number, hints: number, checks: number) =>
    `${title}: ${passed} of ${tried} who tried it passed; ${count(hints, 'hint', 'hints')} and ${count(checks, 'check', 'checks')} in all.`,
  noneTried: 'Nobody in these files has tried an exercise yet.',
  summary: (learners: number, files: number, notShown: number) =>
    `Showing ${count(learners, 'learner', 'learners')} from ${count(files, 'file', 'files')}` +
    (notShown > 0 ? `; ${count(notShown, 'file', 'files')} not shown (see below).` : '.'),
  otherCourseVersions: (versions: readonly string[], own: string) =>
    `Some files were exported from another version of the course (${versions.join(', ')}); this site is ${own}, so their exercises may differ.`,
  csvFileName: (now: Date) => `runfirst-group-progress-${now.toISOString().slice(0, 10)}.csv`,
  csvDone: (fileName: string) => `The table was saved as ${fileName}.`,
  /** The CSV's first columns; then three per exercise (`csvExerciseColumns`). */
  csvColumns: ['Learner', 'File', 'Course version', 'Exported at', 'Exercises passed'],
  csvExerciseColumns: (id: string) => [`${id}: status`, `${id}: checks`, `${id}: hints`],
};

/** The text of the group page around the board (src/pages/group.astro). */
export const groupPage = {
  description: "Compare a study group's progress from their exported files, read in your browser.",
  /** The lede, in three parts around its link to the progress page. */
  lede: {
    before: 'Each learner exports their progress on ',
    link: 'Your progress',
    after:
      ' and sends you the file. Add the files here to see who passed which exercise, the pass rate of each, and which ones the group finds hardest. The files are read in this browser: nothing is uploaded.',
  },
  filesTitle: 'Files',
  limit: (megabytes: number) => `Files over ${megabytes} MB are not read.`,
};
