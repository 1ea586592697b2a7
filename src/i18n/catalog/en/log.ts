/**
 * Every label and sentence of the experiment log (`log.record`, `log.compare`, the Experiment log
 * panel of a cell's Output): what a wrong run or a wrong file is told, the notice when the stored
 * log could not be read, the table's columns and the panel's controls. The panel's control names
 * are part of the accessibility contract (docs/authoring-guide.md, "Experiment log").
 */
import { plural } from '../../plural';

/** A limit the log keeps, as the messages show it (passed in: the catalog imports nothing from the log). */
export interface LogLimits {
  runs: number;
  nameLength: number;
  entries: number;
  curvePoints: number;
  totalPoints: number;
  fileBytes: number;
}

const NOTHING_CHANGED = 'Nothing in the log was changed.';

export const logMessages = {
  // What a value is, in the validation messages.
  kindString: () => 'text',
  kindNumber: () => 'a number',
  kindWholeNumber: () => 'a whole number',
  kindNonFinite: (value: string) => `${value} (not a finite number)`,
  kindBoolean: () => 'true or false',
  kindNull: () => 'null',
  kindArray: () => 'a list',
  kindObject: () => 'an object',
  kindMissing: () => 'nothing',
  kindOther: (type: string) => `a ${type}`,

  // One wrong field: "runs.3.figures.accuracy: expected a number, received text. Record …"
  issueAt: (path: string, problem: string, fix: string) => `${path}: ${problem}. ${fix}`,
  topLevel: () => '(the whole value)',
  expected: (expected: string, received: string) => `expected ${expected}, received ${received}`,
  unknownKeys: (keys: string) => `unknown field(s) ${keys}`,
  tooLong: (max: number) => `longer than ${max} characters`,
  tooMany: (max: number) => `more than ${max} entries`,
  blank: () => 'empty',
  badVersion: (found: string, expected: number) => `format version ${found}, this site reads version ${expected}`,
  notALogFile: () => 'not an experiment log file',

  fixRun: () => 'Pass log.record one object: { name, seed, config, figures, curves }; only name is required.',
  fixName: (max: number) => `Give the run a short name (1 to ${max} characters), e.g. name: 'baseline'.`,
  fixSeed: () => 'Pass the seed you trained with as a whole number, e.g. seed: 3, or leave it out.',
  fixConfig: (max: number) =>
    `Keep config flat, at most ${max} settings, each text, a number, true/false or null, e.g. config: { lr: 0.01, width: 32 }.`,
  fixFigures: (max: number) => `Record at most ${max} figures, each a finite number, e.g. figures: { accuracy: 0.91 }.`,
  fixCurves: (max: number, points: number) =>
    `Record at most ${max} curves, each a list of at most ${points} finite numbers, e.g. curves: { loss: history.history.loss }.`,
  fixFile: () => 'Choose a file saved with Export experiment log as JSON, unchanged.',
  fixStored: () => 'The stored log is damaged.',

  // log.record and the others, called wrongly.
  logFull: (limits: LogLimits) =>
    `The log already holds ${plural(limits.runs, { one: '# run', other: '# runs' }, 'en')}, the most it keeps. ` +
    `Remove runs you no longer need (log.remove('name')) or export the log and start again (log.clear()).`,
  logTooLarge: (limits: LogLimits) =>
    `With this run the log would hold more than ${limits.totalPoints.toLocaleString('en')} curve points, the most it keeps. ` +
    `Record shorter curves (e.g. one point per epoch), or remove runs you no longer need (log.remove('name')).`,
  importTooLargeLog: (limits: LogLimits) =>
    `Together with the runs already in the log that would be more than ${limits.totalPoints.toLocaleString('en')} curve points. Remove some runs first. ${NOTHING_CHANGED}`,
  compareOptions: () =>
    "log.compare takes one object: { names: ['baseline', 'wider'], figures: ['accuracy'], curve: 'loss' }; every field may be left out.",
  compareUnknownNames: (names: string) => `log.compare: no run is called ${names}. log.runs() lists what the log holds.`,
  removeName: () => "log.remove takes the name of the runs to remove, e.g. log.remove('baseline').",

  // Import.
  importTooLarge: (limits: LogLimits) =>
    `This file is larger than ${Math.round(limits.fileBytes / 1024 / 1024)} MB, more than an experiment log can be. ${NOTHING_CHANGED}`,
  importNotJson: () =>
    `This file is not JSON, so it cannot be an experiment log. Choose a file saved with Export experiment log as JSON. ${NOTHING_CHANGED}`,
  importInvalid: (issue: string) => `This file cannot be imported: ${issue} ${NOTHING_CHANGED}`,
  importTooManyRuns: (limits: LogLimits) =>
    `Together with the runs already in the log that would be more than ${limits.runs} runs. Remove some runs first. ${NOTHING_CHANGED}`,
  importDone: (added: number, skipped: number) =>
    `Imported ${plural(added, { one: '# run', other: '# runs' }, 'en')}` +
    (skipped > 0 ? `; ${plural(skipped, { one: '# run was', other: '# runs were' }, 'en')} already in the log.` : '.'),
  importFailed: (reason: string) => `The log could not be imported: ${reason} ${NOTHING_CHANGED}`,

  // The stored log.
  keptAside: (key: string, issue: string) =>
    `The experiment log saved for this lesson could not be read (${issue}), so it was kept aside under "${key}" in this browser's storage and the log starts empty.`,
  storageUnavailable: (reason: string) =>
    `This browser's storage is not available (${reason}): the experiment log lives only until the page closes.`,

  // log.compare's table and chart.
  tableTitle: () => 'Experiment log',
  columnRun: () => 'run',
  columnSeeds: () => 'seeds',
  columnInterval: (figure: string) => `${figure} 95 % interval`,
  noInterval: () => '—',
  chartTitle: (curve: string) => `${curve}, mean over seeds`,
  chartX: () => 'step',
  emptyLog: () => 'The experiment log is empty: record a run with log.record({ name, seed, figures, curves }).',
  noCurve: (curve: string) => `No run records a curve called "${curve}".`,

  // The Experiment log panel in a cell's Output.
  panelTitle: () => 'Experiment log',
  exportJson: () => 'Export experiment log as JSON',
  exportCsv: () => 'Export experiment log as CSV',
  importLog: () => 'Import experiment log',
  exportedNote: (runs: number) => `Exported ${plural(runs, { one: '# run', other: '# runs' }, 'en')}.`,
};
