/**
 * `test(name, fn, { timeout })` and `expect.*` for learner code: in a lesson cell, and in the
 * learner realm when an exercise grades the learner's own tests (src/grader/realm/own-tests.ts).
 * Tests run one after another, each under a time limit; each verdict goes to a reporter (the
 * cell's Output, or the grader). `expect` is the grader's own (expect.ts), counted per test, so a
 * test that checks nothing is told so.
 */
import type { Tf } from '../tools/tf-type';
import { describeValue } from '../tools/messages';
import { createExpect, type Expect } from './expect';
import { ExpectFailure } from './expect-failure';
import { expectLabels, testMessages } from './expect-messages';
import { withTimeLimit } from './time-limit';

/** The verdict of one test. */
export interface TestVerdict {
  name: string;
  status: 'passed' | 'failed' | 'timed-out';
  /** Empty when passed with at least one check; otherwise what went wrong (or that nothing was checked). */
  message: string;
  /** How many `expect.*` calls the test made. */
  assertions: number;
  ms: number;
}

/** Where verdicts go. */
export interface TestReporter {
  /** A test begins (the grader uses it to tell which test never finished). */
  started?: (name: string, index: number) => void;
  finished: (verdict: TestVerdict, index: number) => void;
}

/** Options of `test`. */
export interface TestOptions {
  /** Milliseconds this test may run. Default: 10 000 in a cell. */
  timeout?: number;
}

/** The learner's `test` function. */
export type TestFunction = (name: string, fn: () => unknown, options?: TestOptions) => Promise<TestVerdict>;

/** What learner code gets, and what its host needs to wait for. */
export interface TestApi {
  test: TestFunction;
  expect: Expect;
  /** Resolves when every test registered so far has its verdict. */
  settled: () => Promise<void>;
}

/** A test's default time limit in a cell. */
export const DEFAULT_TEST_TIMEOUT_MS = 10_000;

/** Creates `test` and `expect` over `tf`, reporting verdicts to `reporter`. */
export function createTestApi(tf: Tf, reporter: TestReporter, { timeoutMs = DEFAULT_TEST_TIMEOUT_MS } = {}): TestApi {
  const plain = createExpect(tf);
  let running: { assertions: number } | undefined;
  const expect = Object.freeze(
    Object.fromEntries(
      Object.entries(plain).map(([key, check]) => [
        key,
        (...args: unknown[]) => {
          if (running) running.assertions += 1;
          return (check as (...a: unknown[]) => void)(...args);
        },
      ]),
    ) as Expect,
  );
  let chain: Promise<unknown> = Promise.resolve();
  let count = 0;

  const runOne = async (name: string, fn: () => unknown, ms: number, index: number): Promise<TestVerdict> => {
    const state = { assertions: 0 };
    running = state;
    reporter.started?.(name, index);
    const started = performance.now();
    tf.engine().startScope();
    const outcome = await withTimeLimit(fn, ms);
    tf.engine().endScope();
    running = undefined;
    const verdict = (status: TestVerdict['status'], message: string): TestVerdict => ({
      name,
      status,
      message,
      assertions: state.assertions,
      ms: performance.now() - started,
    });
    let result: TestVerdict;
    if (outcome.kind === 'done') result = verdict('passed', state.assertions === 0 ? testMessages.noAssertion() : '');
    else if (outcome.kind === 'timed-out') result = verdict('timed-out', testMessages.testTimedOut(ms / 1000));
    else if (outcome.error instanceof ExpectFailure) result = verdict('failed', outcome.error.message);
    else {
      const error = outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error));
      result = verdict('failed', testMessages.threw(error));
    }
    reporter.finished(result, index);
    return result;
  };

  const test: TestFunction = (name, fn, options = {}) => {
    if (typeof name !== 'string' || typeof fn !== 'function')
      throw new TypeError(testMessages.badTest(expectLabels.both(describeValue(name), describeValue(fn))));
    const ms = typeof options.timeout === 'number' && options.timeout > 0 ? options.timeout : timeoutMs;
    const index = count++;
    const verdict = chain.then(() => runOne(name, fn, ms, index));
    chain = verdict;
    return verdict;
  };

  return { test, expect, settled: () => chain.then(() => undefined) };
}
