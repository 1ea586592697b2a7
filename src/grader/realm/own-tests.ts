/**
 * Running the learner's own tests against one hidden implementation, mutation-testing style: a
 * fresh learner realm per implementation (so nothing the learner's code keeps, a counter on
 * globalThis say, carries from one implementation to the next), the learner's `test`/`expect`
 * running there, and only verdicts coming back. A test that loops without yielding blocks the
 * realm, so a watchdog here ends it and names that test; code that never finishes outside a
 * test, or stops the worker, is reported as such.
 */
import type { LearnerEndpoint, LearnerEvent, OwnTestFinishedEvent } from './learner-protocol';
import { gradeLabels, gradeMessages } from '../messages';
import { currentLocale } from '../../i18n/current-locale';

/** The verdict of one learner-written test against one implementation. */
export type OwnTestVerdict = OwnTestFinishedEvent['verdict'];

/** What the learner's tests did against one implementation. */
export interface OwnTestsRun {
  /** One verdict per test that ran, in the order the learner wrote them. */
  tests: OwnTestVerdict[];
  /** Set when the learner's code failed outside its tests (threw, never finished, stopped its worker). */
  problem?: string;
  /** Set when the hidden implementation itself threw on loading: a bug of the exercise. */
  implementationError?: string;
}

/** What to run. */
export interface OwnTestsOptions {
  /** The learner's code (their tests). */
  code: string;
  /** The hidden implementation's source, evaluated before the learner's code. */
  implementation: string;
  seed: number;
  /** Milliseconds each learner test may take. */
  testTimeoutMs: number;
  /** Milliseconds the learner's code may run outside its tests (loading, between tests). */
  codeTimeoutMs: number;
  /** Milliseconds the realm may take to start (load tfjs); not counted against the learner. */
  startTimeoutMs: number;
}

/** A test that blocks its realm is given this much beyond its own time limit before the realm is ended. */
const WATCHDOG_GRACE_MS = 500;

/** Runs the learner's tests in a fresh realm from `open`; never throws. */
export function runOwnTests(open: () => LearnerEndpoint, options: OwnTestsOptions): Promise<OwnTestsRun> {
  const endpoint = open();
  const tests: OwnTestVerdict[] = [];
  let running: { index: number; name: string } | undefined;
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  return new Promise<OwnTestsRun>((resolve) => {
    let settled = false;
    const finish = (run: Omit<OwnTestsRun, 'tests'> = {}) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      endpoint.terminate();
      resolve({ tests: [...tests], ...run });
    };
    /** (Re)arms the watchdog for what the realm is doing now. */
    const arm = () => {
      clearTimeout(timer);
      if (!started) {
        timer = setTimeout(
          () => finish({ problem: gradeMessages.realmDidNotStart(options.startTimeoutMs / 1000) }),
          options.startTimeoutMs,
        );
        return;
      }
      const test = running;
      if (test) {
        timer = setTimeout(() => {
          tests.push({
            name: test.name,
            status: 'timed-out',
            message: gradeMessages.testTimedOut(options.testTimeoutMs / 1000),
            assertions: 0,
          });
          finish();
        }, options.testTimeoutMs + WATCHDOG_GRACE_MS);
      } else timer = setTimeout(() => finish({ problem: gradeMessages.loadTimedOut(options.codeTimeoutMs / 1000) }), options.codeTimeoutMs);
    };

    endpoint.onExit(() => {
      if (running) tests.push({ name: running.name, status: 'failed', message: gradeMessages.learnerStopped(), assertions: 0 });
      finish(running ? {} : { problem: gradeMessages.learnerStopped() });
    });
    // Only the documented events count; anything else the realm posts (a forged verdict list, say) is ignored.
    endpoint.onMessage((event: LearnerEvent) => {
      if (typeof event !== 'object' || event === null || settled) return;
      switch (event.type) {
        case 'ready':
          started = true;
          arm();
          endpoint.post({
            type: 'own-tests',
            code: options.code,
            implementation: options.implementation,
            seed: options.seed,
            testTimeoutMs: options.testTimeoutMs,
            locale: currentLocale(),
          });
          return;
        case 'own-test-started':
          if (event.index !== tests.length || typeof event.name !== 'string') return;
          running = { index: event.index, name: event.name };
          arm();
          return;
        case 'own-test-finished': {
          const verdict = verdictOf(event.verdict);
          if (!running || event.index !== running.index || !verdict) return;
          tests.push(verdict);
          running = undefined;
          arm();
          return;
        }
        case 'own-tests-done':
          if (typeof event.implementationError === 'string') return finish({ implementationError: event.implementationError });
          return finish(event.error ? { problem: gradeMessages.threw(gradeLabels.yourCode, event.error) } : {});
        default:
          return;
      }
    });
    arm();
  });
}

/** A verdict from the realm, kept only if it has the documented shape. */
function verdictOf(value: unknown): OwnTestVerdict | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, status, message, assertions } = value as Record<string, unknown>;
  if (typeof name !== 'string' || typeof message !== 'string' || !Number.isInteger(assertions)) return undefined;
  if (status !== 'passed' && status !== 'failed' && status !== 'timed-out') return undefined;
  return { name, status, message, assertions: assertions as number };
}
