/**
 * Every message of a model service: the `service` global's errors (read through
 * src/runtime/service/service-messages.ts), and the words of the service's answers and option
 * checks, shared by the in-browser service and `npm run serve:model` (read through
 * src/service/service-messages.ts). A 400 names the field, what was expected there and what came.
 */
import { plural } from '../../plural';

const MAX_CHARS = 40;

/** Cuts `text` to at most {@link MAX_CHARS} characters, marking the cut with '…'. */
function shorten(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

/** "1 item", "2 items": the count as it is, as the request's own figures. */
const count = (n: number, one: string, other: string) => plural(n, { one: `${n} ${one}`, other: `${n} ${other}` }, 'en');

/** The `service` global's errors (`service.start`, a service whose worker ended). */
export const serviceMessages = {
  notAModel: (got: string) => `service.start: expected a tf.LayersModel (from tf.sequential, tf.model or models.load), got ${got}`,
  tooMany: (limit: number) =>
    `service.start: ${limit} services are already running; stop one first (await svc.stop(), or await service.stopAll())`,
  stoppedWhileLoading: 'service.start: the service was stopped before its model loaded',
  workerEnded: (reason: string) => `the service's worker ended (${reason})`,
  noWorker: 'service.start: this thread cannot start workers (in node, pass openService: openNodeServiceEndpoint to createLearnerTools)',
  notJson: (reason: string) => `a value JSON can carry (${reason})`,
  /** What `notAModel` says was passed when saving the model gave no artifacts. */
  savedNothing: 'a model that saved nothing',
  /** Why a service answers every request 500: its model did not load in the service's worker. */
  loadFailed: (reason: string) => `the model could not be loaded: ${reason}`,
  /** `workerEnded`'s reason when a node service thread exits on its own. */
  workerExited: (code: number) => `the service worker exited with code ${code}`,
  /** `workerEnded`'s reason when a browser's service worker fails without a message. */
  workerFailed: 'the service worker failed to start',
  /** What a request body that JSON cannot carry (a BigInt, a cycle) is, in its 400. */
  jsonCannotCarry: 'a value it cannot',
};

/** The words of a service's answers: a 400's field, expected and got, a 500's and a 503's reason. */
export const requestMessages = {
  /** A 400's one-sentence message. */
  requestError: (field: string, expected: string, got: string) => `${field}: expected ${expected}, got ${got}`,
  /** What a value of the input spec must be: "a number in [0, 16]", "a whole number ≥ 0", "a number (finite)". */
  allowed: (integer: boolean, min: number | undefined, max: number | undefined) => {
    const kind = integer ? 'a whole number' : 'a number';
    if (min !== undefined && max !== undefined) return `${kind} in [${min}, ${max}]`;
    if (min !== undefined) return `${kind} ≥ ${min}`;
    if (max !== undefined) return `${kind} ≤ ${max}`;
    return `${kind} (finite)`;
  },
  /** One level of an instance: "an array of 64 numbers" (the innermost level) or "an array of 8 arrays". */
  arrayOf: (size: number, innermost: boolean) => `an array of ${size} ${innermost ? 'numbers' : 'arrays'}`,
  jsonText: 'JSON text of an object like {"instances": [...]}',
  notJsonText: (reason: string) => `text that is not JSON (${reason})`,
  anObject: 'an object like {"instances": [...]}',
  /** An unknown field; `rowFormat` when it is "inputs" (TF Serving's other, columnar format). */
  onlyInstances: (rowFormat: boolean) =>
    `only the field "instances"${rowFormat ? ' (the row format: "instances", one entry per instance)' : ''}`,
  aFieldByThatName: 'a field by that name',
  arrayOfInstances: 'an array of instances',
  atLeastOne: 'at least 1 instance',
  anEmptyArray: 'an empty array',
  atMost: (max: number) => `at most ${count(max, 'instance', 'instances')} per request`,
  instances: (n: number) => `${n} instances`,
  /** A 500: the model threw (or answered with the wrong number of rows). */
  modelFailed: (reason: string) => `the model failed on this batch: ${reason}`,
  /** A 503 once the service is stopped. */
  stopped: 'the service is stopped',
  /** A 503 when the queue is full. */
  queueFull: (limit: number) => `the queue is full (${count(limit, 'request', 'requests')} waiting); try again later`,
  wrongRowCount: (rows: number | undefined, instances: number) => `the model returned ${rows ?? 'no'} rows for ${instances} instances`,
  oneOutputOnly: (outputs: number) => `the service serves models with one output; this one has ${outputs}`,
  batchResultCount: (expected: number, got: number) =>
    `expected ${count(expected, 'result', 'results')} (one per request in the batch), got ${got}`,
  /** A received value, briefly: '17', 'a string "abc"', 'an array of 63 items'. */
  describeValue: (value: unknown): string => {
    if (value === undefined) return 'nothing (the field is missing)';
    if (value === null) return 'null';
    if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
    if (typeof value === 'string') return `a string ${shorten(JSON.stringify(value))}`;
    if (typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return `an array of ${count(value.length, 'item', 'items')}`;
    if (ArrayBuffer.isView(value)) return `a ${value.constructor.name} (send plain arrays: JSON has no typed arrays)`;
    if (typeof value === 'object') {
      const keys = Object.keys(value);
      return keys.length === 0 ? 'an empty object' : `an object with ${shorten(keys.map((k) => JSON.stringify(k)).join(', '))}`;
    }
    return `a ${typeof value}`;
  },
};

/** The options of `service.start(model, options)` and `npm run serve:model`, as a wrong one is told. */
export const serviceOptionMessages = {
  wrongOption: (field: string, expected: string, got: string) => `service options: ${field}: expected ${expected}, got ${got}`,
  input: 'an object like { shape: [64], dtype: "float32", min: 0, max: 16 }',
  shape: 'an array of positive whole numbers, e.g. [64]',
  dtype: "'float32' or 'int32'",
  aNumber: 'a number',
  atLeastMin: (min: number) => `a number ≥ input.min (${min})`,
  batching: 'false or { maxBatchSize: 32, maxQueueWaitMs: 5 }',
  wholeAtLeastOne: 'a whole number ≥ 1',
  milliseconds: 'a number of milliseconds ≥ 0',
  options: 'an object like { version, input: { shape }, maxInstances, batching }',
  oneOf: (known: readonly string[]) => `one of ${known.join(', ')}`,
  anOptionByThatName: 'an option by that name',
  version: "a non-empty string, e.g. 'digits-1'",
  queueLength: 'a whole number ≥ 1 (or Infinity)',
};
