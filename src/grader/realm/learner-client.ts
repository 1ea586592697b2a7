/**
 * The grader's side of a learner realm: loads the submission, calls its functions with the
 * grader's values and decodes what comes back. Messages are matched to requests by id; anything
 * else the realm posts (a fake "passed" report, stray replies) is ignored.
 */
import type { Tf } from '../../runtime/tools/tf-type';
import { decodeValue, encodeValue, type WireValue } from './wire';
import type { LearnerEndpoint, LearnerError, LearnerEvent, ReturnedEvent, ThrewEvent } from './learner-protocol';
import type { TrainingRecord, TrainingStep } from './training-watch';
import { currentLocale } from '../../i18n/current-locale';

/** The outcome of loading a submission. */
export type LoadOutcome = { ok: true } | { ok: false; error: LearnerError } | { ok: false; exited: string };

/** The outcome of a call or get, before the grader turns it into a message. */
export type CallOutcome =
  | { kind: 'value'; value: unknown; leaked?: number; training?: TrainingRecord }
  | { kind: 'missing' }
  | { kind: 'not-function'; got: string }
  | { kind: 'threw'; error: LearnerError; unsupported: boolean }
  | { kind: 'exited'; reason: string };

/** A connection to one learner realm. */
export interface LearnerClient {
  /** Resolves once the realm has started (tfjs loaded); false if it died first. */
  ready(): Promise<boolean>;
  load(code: string, seed: number): Promise<LoadOutcome>;
  call(name: string, args: unknown[], options: { seed: number; measureLeaks: boolean; watchTraining?: boolean }): Promise<CallOutcome>;
  get(name: string): Promise<CallOutcome>;
  terminate(): void;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A training record from the realm, kept only as far as it has the documented shape (the realm runs the learner's code). */
function trainingRecordOf(value: unknown): TrainingRecord {
  if (!isObject(value) || !Array.isArray(value.steps)) return { steps: [], total: 0 };
  const steps: TrainingStep[] = value.steps
    .filter(Array.isArray)
    .map((step: unknown[]) =>
      step
        .filter(isObject)
        .flatMap((v) =>
          typeof v.name === 'string' && Array.isArray(v.shape) && v.shape.every((d) => Number.isInteger(d)) && Number.isInteger(v.zeros)
            ? [{ name: v.name, shape: v.shape as number[], zeros: v.zeros as number }]
            : [],
        ),
    );
  const total = Number.isInteger(value.total) ? Math.max(value.total as number, steps.length) : steps.length;
  return { steps, total };
}

/** Wraps `endpoint` (a fresh learner realm) for the grader. */
export function createLearnerClient(tf: Tf, endpoint: LearnerEndpoint): LearnerClient {
  let nextCall = 0;
  let exitReason: string | undefined;
  const pending = new Map<number, (event: ReturnedEvent | ThrewEvent | { type: 'exited'; reason: string }) => void>();
  let loadWaiter: ((outcome: LoadOutcome) => void) | undefined;
  const functions: ((...args: unknown[]) => unknown)[] = [];
  let markReady: (ok: boolean) => void = () => {};
  const started = new Promise<boolean>((resolve) => (markReady = resolve));

  const onCallback = async (event: Extract<LearnerEvent, { type: 'callback' }>) => {
    const fn = functions[event.fnId];
    try {
      if (!fn) throw new Error('unknown callback');
      const args = (await decodeValue(tf, event.args)) as unknown[];
      const value = await fn(...args);
      endpoint.post({ type: 'callback-result', callbackId: event.callbackId, value: await encodeValue(tf, value) });
    } catch (error) {
      endpoint.post({
        type: 'callback-result',
        callbackId: event.callbackId,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };

  endpoint.onMessage((event) => {
    if (!isObject(event)) return;
    switch (event.type) {
      case 'ready':
        markReady(true);
        return;
      case 'loaded':
        loadWaiter?.({ ok: true });
        loadWaiter = undefined;
        return;
      case 'load-error':
        loadWaiter?.({ ok: false, error: event.error });
        loadWaiter = undefined;
        return;
      case 'returned':
      case 'threw': {
        const resolve = pending.get(event.callId);
        pending.delete(event.callId);
        resolve?.(event);
        return;
      }
      case 'callback':
        void onCallback(event);
        return;
    }
  });
  endpoint.onExit((reason) => {
    exitReason = reason;
    markReady(false);
    loadWaiter?.({ ok: false, exited: reason });
    loadWaiter = undefined;
    for (const resolve of pending.values()) resolve({ type: 'exited', reason });
    pending.clear();
  });

  const request = async (send: (callId: number) => void): Promise<CallOutcome> => {
    if (exitReason !== undefined) return { kind: 'exited', reason: exitReason };
    const callId = nextCall++;
    const event = await new Promise<ReturnedEvent | ThrewEvent | { type: 'exited'; reason: string }>((resolve) => {
      pending.set(callId, resolve);
      send(callId);
    });
    if (event.type === 'exited') return { kind: 'exited', reason: event.reason };
    if (event.type === 'threw') return { kind: 'threw', error: event.error, unsupported: event.unsupported === true };
    if (event.missing) return { kind: 'missing' };
    if (event.notFunction !== undefined) return { kind: 'not-function', got: event.notFunction };
    const value = await decodeValue(tf, event.value);
    return {
      kind: 'value',
      value,
      ...(event.leaked === undefined ? {} : { leaked: event.leaked }),
      ...(event.training === undefined ? {} : { training: trainingRecordOf(event.training) }),
    };
  };

  return {
    ready: () => started,
    load(code, seed) {
      return new Promise((resolve) => {
        if (exitReason !== undefined) return resolve({ ok: false, exited: exitReason });
        loadWaiter = resolve;
        endpoint.post({ type: 'load', code, seed, locale: currentLocale() });
      });
    },
    async call(name, args, { seed, measureLeaks, watchTraining = false }) {
      const wireArgs: WireValue[] = [];
      for (const arg of args) wireArgs.push(await encodeValue(tf, arg, (fn) => functions.push(fn) - 1));
      return request((callId) => endpoint.post({ type: 'call', callId, name, args: wireArgs, seed, measureLeaks, watchTraining }));
    },
    get(name) {
      return request((callId) => endpoint.post({ type: 'get', callId, name }));
    },
    terminate: () => endpoint.terminate(),
  };
}
