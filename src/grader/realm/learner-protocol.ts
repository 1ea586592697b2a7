/**
 * The message protocol between the grader (or the page, for Run) and the learner's realm, a
 * worker holding nothing but the learner's code, tfjs and the learner tools. A discriminated
 * union on `type`; each side ignores messages it does not expect.
 */
import type { WireValue } from './wire';
import type { KernelError } from '../../runtime/protocol';
import type { TrainingRecord } from './training-watch';
import type { Locale } from '../../i18n/locales';

/**
 * An error thrown by the learner's code, described as a lesson cell's error is (see
 * src/runtime/learner-code/describe-error.ts): kind, name, message, line and column in their own
 * numbering (null when unknown).
 */
export type LearnerError = KernelError;

/**
 * → learner realm: evaluate the learner's code (seeded), keeping its top-level names. `locale`:
 * the language of the page that asked (a worker has no document), which the realm's messages
 * speak from then on (a learner tool's error, a test's verdict).
 */
export interface LoadRequest {
  type: 'load';
  code: string;
  seed: number;
  locale: Locale;
}
/**
 * → learner realm: call the function `name` with decoded `args` (seeded first); measure leaked
 * tensors, or record the optimizer updates made during the call (src/grader/realm/training-watch.ts), if asked.
 */
export interface CallRequest {
  type: 'call';
  callId: number;
  name: string;
  args: WireValue[];
  seed: number;
  measureLeaks: boolean;
  watchTraining?: boolean;
}
/** → learner realm: read the top-level value `name`. */
export interface GetRequest {
  type: 'get';
  callId: number;
  name: string;
}
/** → learner realm: the grader's answer to a callback the learner's code called. */
export interface CallbackResult {
  type: 'callback-result';
  callbackId: number;
  value?: WireValue;
  error?: string;
}
/** → learner realm: run the code once for scratch output (the Run button). */
export interface ScratchRunRequest {
  type: 'run';
  code: string;
  seed: number;
  /** The page's language, as in {@link LoadRequest}. */
  locale: Locale;
}

/**
 * → learner realm: run the learner's own tests (their code, calling `test`/`expect`) against a
 * hidden `implementation`, evaluated first, whose top-level names the learner's code sees. Each
 * test may take `testTimeoutMs`; verdicts come back as own-test-* events, then own-tests-done.
 */
export interface OwnTestsRequest {
  type: 'own-tests';
  code: string;
  implementation: string;
  seed: number;
  testTimeoutMs: number;
  /** The page's language, as in {@link LoadRequest}: the verdicts of the learner's tests speak it. */
  locale: Locale;
}

/** A message to the learner realm. */
export type LearnerRequest = LoadRequest | CallRequest | GetRequest | CallbackResult | ScratchRunRequest | OwnTestsRequest;

/** ← learner realm: tfjs and the learner tools are ready; requests may come. */
export interface ReadyEvent {
  type: 'ready';
}
/** ← learner realm: the code was evaluated. */
export interface LoadedEvent {
  type: 'loaded';
}
/** ← learner realm: evaluating the code threw. */
export interface LoadErrorEvent {
  type: 'load-error';
  error: LearnerError;
}
/**
 * ← learner realm: a call or get finished. `missing` when the name is not defined; `leaked` when
 * measured; `training` when the call was watched.
 */
export interface ReturnedEvent {
  type: 'returned';
  callId: number;
  value?: WireValue;
  missing?: boolean;
  notFunction?: string;
  leaked?: number;
  training?: TrainingRecord;
}
/** ← learner realm: a call threw, or its result could not be sent. */
export interface ThrewEvent {
  type: 'threw';
  callId: number;
  error: LearnerError;
  unsupported?: boolean;
}
/** ← learner realm: the learner's code called a grader-supplied function. */
export interface CallbackEvent {
  type: 'callback';
  callbackId: number;
  fnId: number;
  args: WireValue[];
}
/** ← learner realm: console output of a scratch run. */
export interface ConsoleEvent {
  type: 'console';
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
}
/** ← learner realm: the scratch run ended, with an error if it threw. */
export interface RunDoneEvent {
  type: 'run-done';
  error?: LearnerError;
  ms: number;
}

/** ← learner realm: one of the learner's own tests began (index: its place in their code, from 0). */
export interface OwnTestStartedEvent {
  type: 'own-test-started';
  index: number;
  name: string;
}
/** ← learner realm: the verdict of one of the learner's own tests. */
export interface OwnTestFinishedEvent {
  type: 'own-test-finished';
  index: number;
  verdict: { name: string; status: 'passed' | 'failed' | 'timed-out'; message: string; assertions: number };
}
/**
 * ← learner realm: every own test has its verdict. `error` when the learner's code threw outside a
 * test; `implementationError` when the hidden implementation did (a bug of the exercise).
 */
export interface OwnTestsDoneEvent {
  type: 'own-tests-done';
  error?: LearnerError;
  implementationError?: string;
}

/** A message from the learner realm. */
export type LearnerEvent =
  | ReadyEvent
  | LoadedEvent
  | LoadErrorEvent
  | ReturnedEvent
  | ThrewEvent
  | CallbackEvent
  | ConsoleEvent
  | RunDoneEvent
  | OwnTestStartedEvent
  | OwnTestFinishedEvent
  | OwnTestsDoneEvent;

/** Both ends of a learner realm connection, independent of the worker kind (browser or node). */
export interface LearnerEndpoint {
  post(message: LearnerRequest): void;
  onMessage(listener: (message: LearnerEvent) => void): void;
  /** Called if the realm dies (closed itself, crashed). */
  onExit(listener: (reason: string) => void): void;
  terminate(): void;
}
