/**
 * The learner's realm: evaluates the learner's code once, then answers the grader's calls to its
 * functions (or runs it once for the Run button, or runs the learner's own tests against a hidden
 * implementation and reports each verdict). It runs in its own worker, so nothing the
 * learner's code does here — redefining globals, prototypes, tf, postMessage — reaches the grader:
 * the grader only ever receives wire data and judges it with its own, untouched code.
 */
import type { Tf } from '../../runtime/tools/tf-type';
import { decodeValue, encodeValue, UnsupportedValueError, type WireValue } from './wire';
import type { LearnerError, LearnerEvent, LearnerRequest } from './learner-protocol';
import { createSubmissionRunner, type SubmissionScope } from './submission';
import type { LearnerGlobals } from './learner-globals';
import { watchTraining, type TrainingRecord } from './training-watch';
import { createTestApi } from '../../runtime/testing/test-api';
import { testMessages } from '../../runtime/testing/expect-messages';
import { useLocale } from '../../i18n/localized';

/** What the host needs: tfjs, the learner globals (per console sink), a way to post and to seed. */
export interface LearnerHostOptions {
  tf: Tf;
  globals: (console: Pick<Console, 'log' | 'info' | 'warn' | 'error'>) => LearnerGlobals;
  post: (event: LearnerEvent) => void;
  seed: (n: number) => void;
  /** Formats console arguments for scratch output. */
  format: (args: readonly unknown[]) => string;
}

/** Distinct tensors inside a returned value (a tensor, or arrays and plain objects holding them). */
function countTensors(tf: Tf, value: unknown, seen = new Set<unknown>()): number {
  if (value instanceof tf.Tensor) {
    if (seen.has(value)) return 0;
    seen.add(value);
    return 1;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return 0;
  seen.add(value);
  return Object.values(value).reduce<number>((sum, item) => sum + countTensors(tf, item, seen), 0);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const quietConsole = { log() {}, info() {}, warn() {}, error() {} };

/** Creates the message handler of a learner realm. */
export function createLearnerHost({ tf, globals, post, seed, format }: LearnerHostOptions): (request: LearnerRequest) => Promise<void> {
  // tfjs ops go many frames deep before they throw; keep enough frames to reach the learner's line (as the kernel does).
  Error.stackTraceLimit = Math.max(Error.stackTraceLimit, 100);
  const runner = createSubmissionRunner();
  let scope: SubmissionScope | undefined;
  let nextCallback = 0;
  const pendingCallbacks = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const engine = tf.engine();

  const callbackFunction =
    (fnId: number) =>
    async (...args: unknown[]) => {
      const callbackId = nextCallback++;
      const wireArgs: WireValue[] = [];
      for (const arg of args) wireArgs.push(await encodeValue(tf, arg));
      const reply = new Promise((resolve, reject) => pendingCallbacks.set(callbackId, { resolve, reject }));
      post({ type: 'callback', callbackId, fnId, args: wireArgs });
      return reply;
    };

  const errorOf = (error: unknown): LearnerError => runner.describeError(error);

  return async (request) => {
    switch (request.type) {
      case 'load': {
        // The page's language, and its texts of every area loaded on demand (the experiment log's).
        await useLocale(request.locale);
        seed(request.seed);
        try {
          scope = await runner.evaluate(request.code, globals(quietConsole));
          post({ type: 'loaded' });
        } catch (error) {
          post({ type: 'load-error', error: errorOf(error) });
        }
        return;
      }
      case 'run': {
        // The page's language, and its texts of every area loaded on demand (the experiment log's).
        await useLocale(request.locale);
        const started = performance.now();
        const sink =
          (level: 'log' | 'info' | 'warn' | 'error') =>
          (...args: unknown[]) =>
            post({ type: 'console', level, text: format(args) });
        seed(request.seed);
        const consoleSink = { log: sink('log'), info: sink('info'), warn: sink('warn'), error: sink('error') };
        // tensor.print() writes to the global console: route it to the output too, for this run.
        const saved = { ...consoleSink, log: console.log, info: console.info, warn: console.warn, error: console.error };
        Object.assign(console, consoleSink);
        // The code's test(...)s report to this run's output, and the run ends once each has its
        // verdict, as a lesson cell does (otherwise a verdict would arrive after run-done, unseen).
        const tests = createTestApi(tf, {
          finished: ({ name, status, message }) => consoleSink.log(testMessages.verdict(name, status, message)),
        });
        try {
          await runner.evaluate(request.code, { ...globals(consoleSink), test: tests.test, expect: tests.expect });
          await tests.settled();
          post({ type: 'run-done', ms: performance.now() - started });
        } catch (error) {
          await tests.settled();
          post({ type: 'run-done', error: errorOf(error), ms: performance.now() - started });
        } finally {
          Object.assign(console, saved);
        }
        return;
      }
      case 'own-tests': {
        // The learner's tests, run here against the hidden implementation: the grader only hears verdicts.
        // The page's language, and its texts of every area loaded on demand (the experiment log's).
        await useLocale(request.locale);
        seed(request.seed);
        const base = globals(quietConsole);
        const tests = createTestApi(
          tf,
          {
            started: (name, index) => post({ type: 'own-test-started', index, name }),
            finished: ({ name, status, message, assertions }, index) =>
              post({ type: 'own-test-finished', index, verdict: { name, status, message, assertions } }),
          },
          { timeoutMs: request.testTimeoutMs },
        );
        let implementation: SubmissionScope;
        try {
          implementation = await runner.evaluate(request.implementation, base, 'hidden-implementation');
        } catch (error) {
          const implementationError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          return post({ type: 'own-tests-done', implementationError });
        }
        const provided = Object.fromEntries(
          implementation.ownNames().map((name) => {
            const found = implementation.lookup(name);
            return [name, found.defined ? found.value : undefined];
          }),
        );
        let thrown: LearnerError | undefined;
        try {
          await runner.evaluate(request.code, { ...base, ...provided, test: tests.test, expect: tests.expect });
        } catch (error) {
          thrown = errorOf(error);
        }
        await tests.settled();
        return post({ type: 'own-tests-done', ...(thrown === undefined ? {} : { error: thrown }) });
      }
      case 'callback-result': {
        const pending = pendingCallbacks.get(request.callbackId);
        pendingCallbacks.delete(request.callbackId);
        if (!pending) return;
        if (request.error !== undefined) pending.reject(new Error(request.error));
        else pending.resolve(await decodeValue(tf, request.value));
        return;
      }
      case 'get':
      case 'call': {
        const { callId, name } = request;
        if (!scope || !IDENTIFIER.test(name)) return post({ type: 'returned', callId, missing: true });
        const found = scope.lookup(name);
        if (!found.defined) return post({ type: 'returned', callId, missing: true });
        let value = found.value;
        let leaked: number | undefined;
        let training: TrainingRecord | undefined;
        try {
          if (request.type === 'call') {
            if (typeof value !== 'function') return post({ type: 'returned', callId, notFunction: typeof value });
            const args = (await decodeValue(tf, request.args, callbackFunction)) as unknown[];
            seed(request.seed);
            const before = engine.state.numTensors;
            const watch = request.watchTraining === true ? watchTraining(tf) : undefined;
            try {
              value = await (value as (...a: unknown[]) => unknown)(...args);
            } finally {
              training = watch?.stop();
            }
            // Tensors the call returns are the caller's, not leaks.
            if (request.measureLeaks) leaked = engine.state.numTensors - before - countTensors(tf, value);
          }
          const wire = await encodeValue(tf, value);
          post({
            type: 'returned',
            callId,
            value: wire,
            ...(leaked === undefined ? {} : { leaked }),
            ...(training === undefined ? {} : { training }),
          });
        } catch (error) {
          if (error instanceof UnsupportedValueError) post({ type: 'threw', callId, error: errorOf(error), unsupported: true });
          else post({ type: 'threw', callId, error: errorOf(error) });
        }
        return;
      }
    }
  };
}
