/**
 * Every message the learner tools (`data`, `models`, `seed`, `time`, `compare`, `sleep`) show to a
 * learner, plus the messages of the scripts that build the shipped data and models (read through
 * src/runtime/tools/messages.ts).
 */

/** A short, readable description of a value a learner passed, for "got …" in messages. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) {
    const shown = value.slice(0, 6).map((item) => describeValue(item));
    return `[${shown.join(', ')}${value.length > 6 ? ', …' : ''}]`;
  }
  return 'an object';
}

/** How a value a learner passed is described in every message ("a function", "[1, 2, …]"). */
export const valueMessages = {
  /** "undefined", "\"x\"", "3", "a function", "[1, 2, 3, 4, 5, 6, …]", "an object". */
  describeValue: (value: unknown): string => describeValue(value),
};

/** Lists names as `'a', 'b' and 'c'`. */
function quoteList(names: readonly string[]): string {
  const quoted = names.map((name) => `'${name}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

/** Messages of `data.load`. */
export const dataMessages = {
  notAName: (received: unknown, valid: readonly string[]) =>
    `data.load needs the name of a data set as its first argument, got ${describeValue(received)}. ` + `Available: ${quoteList(valid)}.`,
  unknownDataset: (name: string, valid: readonly string[]) =>
    `data.load: there is no data set named '${name}'. Available: ${quoteList(valid)}.`,
  optionsNotObject: (dataset: string, received: unknown) =>
    `data.load('${dataset}', options): options must be an object such as { seed: 1 }, got ${describeValue(received)}.`,
  unknownOption: (dataset: string, option: string, valid: readonly string[]) =>
    `data.load('${dataset}'): unknown option '${option}'. Options for '${dataset}': ${quoteList(valid)}.`,
  badOption: (dataset: string, option: string, expected: string, received: unknown) =>
    `data.load('${dataset}'): option '${option}' must be ${expected}, got ${describeValue(received)}.`,
  fetchFailed: (dataset: string, url: string, reason: string) =>
    `data.load('${dataset}'): could not read ${url} (${reason}). ` +
    'The site serves its data sets itself: reload the page; if this keeps happening the site was built without ' +
    'its data files (npm run build:data).',
  corrupt: (dataset: string, file: string, reason: string) =>
    `data.load('${dataset}'): the data file ${file} is damaged (${reason}). Rebuild it with npm run build:data.`,
} as const;

/** Messages of `models.load`. */
export const modelMessages = {
  notAName: (received: unknown, valid: readonly string[]) =>
    `models.load needs the name of a model as its first argument, got ${describeValue(received)}. ` + `Available: ${quoteList(valid)}.`,
  unknownModel: (name: string, valid: readonly string[]) =>
    `models.load: there is no model named '${name}'. Available: ${quoteList(valid)}, or a model you saved, as 'indexeddb://<name>'.`,
  fetchFailed: (model: string, url: string, reason: string) =>
    `models.load('${model}'): could not read ${url} (${reason}). ` +
    'The site serves its models itself: reload the page; if this keeps happening the site was built without ' +
    'its model files (npm run build:models).',
  corrupt: (model: string, file: string, reason: string) =>
    `models.load('${model}'): the model file ${file} is damaged (${reason}). Rebuild it with npm run build:models.`,

  // models.save, models.load('indexeddb://…') and models.sizeOf.
  saveNotAModel: (received: unknown) =>
    `models.save(model, 'indexeddb://name') needs a tf.LayersModel as its first argument, got ${describeValue(received)}.`,
  saveBadDestination: (received: unknown) =>
    `models.save(model, where): where must be 'indexeddb://<name>' (kept in this browser) or 'downloads://<name>' ` +
    `(a file to download from the cell's Output), got ${describeValue(received)}.`,
  badSavedName: (call: 'models.save' | 'models.load', name: string) =>
    `${call}: the name '${name}' cannot be used. A saved model's name is 1 to 64 letters, digits, '-', '_' or '.', ` +
    "starting with a letter or a digit, e.g. 'digits-1'.",
  notSaved: (name: string, saved: readonly string[], where: 'indexeddb' | 'memory') =>
    `models.load('indexeddb://${name}'): no model is saved as '${name}' ${where === 'memory' ? 'in this run' : 'in this browser'}. ` +
    (saved.length === 0 ? 'Nothing is saved yet. ' : `Saved: ${quoteList(saved)}. `) +
    `Save it first with await models.save(model, 'indexeddb://${name}').`,
  loadFromDownloads: (name: string) =>
    `models.load('downloads://${name}'): a page cannot read your Downloads folder. Load it from 'indexeddb://${name}' after ` +
    `saving it there, or serve the downloaded file with npm run serve:model.`,
  quotaExceeded: (name: string) =>
    `models.save(model, 'indexeddb://${name}'): the browser refused to store it because this site's storage is full. ` +
    `Free space (delete this site's data in the browser's settings), save a smaller model, or save it as a file with 'downloads://${name}'.`,
  saveFailed: (where: string, reason: string) => `models.save(model, '${where}'): the model could not be saved (${reason}).`,
  savedCorrupt: (name: string, reason: string) =>
    `models.load('indexeddb://${name}'): the saved model is damaged (${reason}). Save it again with models.save(model, 'indexeddb://${name}').`,
  downloadsNeedOutput: (name: string) =>
    `models.save(model, 'downloads://${name}'): a download is offered in a lesson cell's Output, and here there is none. ` +
    `Save it with 'indexeddb://${name}' instead.`,
  downloadTooLarge: (name: string, bytes: number, limit: number) =>
    `models.save(model, 'downloads://${name}'): the model is ${bytes.toLocaleString('en-US')} bytes, over the ` +
    `${limit.toLocaleString('en-US')}-byte limit for a download from a cell. Make the model smaller first.`,
  downloadLabel: (name: string) => `Download ${name} model`,
  downloadDescription: (fileName: string, bytes: number) =>
    `${fileName}: model.json and weights.bin, ${bytes.toLocaleString('en-US')} bytes in all. Serve it with npm run serve:model -- ${fileName}`,
  sizeOfNotAModel: (received: unknown) =>
    `models.sizeOf(model) needs a tf.LayersModel (or the artifacts model.save gives), got ${describeValue(received)}.`,
} as const;

/** Messages of `seed`, `time`, `compare` and `sleep`. */
export const toolMessages = {
  badSeed: (received: unknown) => `seed(n) needs a finite number such as seed(1), got ${describeValue(received)}.`,
  timeNotFunction: (received: unknown) =>
    `time(fn) needs a function to time, such as time(() => tf.matMul(a, b)), got ${describeValue(received)}.`,
  timeOptionsNotObject: (received: unknown) =>
    `time(fn, options): options must be an object such as { warmup: 2, runs: 10 }, got ${describeValue(received)}.`,
  timeUnknownOption: (option: string) => `time(fn, options): unknown option '${option}'. Options: 'warmup' and 'runs'.`,
  timeBadCount: (option: 'warmup' | 'runs', minimum: number, received: unknown) =>
    `time(fn, options): '${option}' must be a whole number of at least ${minimum}, got ${describeValue(received)}.`,
  compareBadInput: (which: 'a' | 'b', received: unknown) =>
    `compare(a, b): '${which}' must be a tensor, a number, a typed array or a (nested) array of numbers, ` +
    `got ${describeValue(received)}.`,
  compareRagged: (which: 'a' | 'b') => `compare(a, b): '${which}' is a ragged nested array; every row must have the same length.`,
  compareSizeMismatch: (shapeA: readonly number[], shapeB: readonly number[]) =>
    `compare(a, b): the shapes [${shapeA.join(', ')}] and [${shapeB.join(', ')}] hold different numbers of ` +
    'elements, so they cannot be compared element by element. Reshape or slice one of them first.',
  compareString: (which: 'a' | 'b') => `compare(a, b): '${which}' is a string tensor; compare works on numbers only.`,
  badSleep: (received: unknown) => `sleep(ms) needs a number of milliseconds of at least 0, got ${describeValue(received)}.`,
} as const;

/** Messages of scripts/build-data.ts and scripts/build-models.ts (read by developers). */
export const buildMessages = {
  digitsCsvMissing: (searched: readonly string[]) =>
    'build-data: cannot find the scikit-learn digits file digits.csv.gz. Looked in:\n' +
    searched.map((path) => `  - ${path}`).join('\n') +
    '\nInstall it with `apt-get update && apt-get install -y python3-sklearn` (Debian/Ubuntu), ' +
    'or pass its path: npm run build:data -- /path/to/digits.csv.gz',
  digitsCsvMalformed: (path: string, line: number, reason: string) =>
    `build-data: ${path} line ${line}: ${reason}. Expected 1,797 rows of 64 pixels (0–16) and a label (0–9).`,
  digitsWritten: (binPath: string, bytes: number, sha256: string) => `build-data: wrote ${binPath} (${bytes} bytes, sha256 ${sha256}).`,
  modelWritten: (dir: string, bytes: number, accuracy: number) =>
    `build-models: wrote ${dir} (${bytes} bytes of weights, test accuracy ${(accuracy * 100).toFixed(1)} %).`,
} as const;
