/**
 * `test(name, fn, { timeout })` for test authors: collects the tests of an exercise's tests.js,
 * which grade-core.ts then runs one after another, each under its own time limit
 * (src/runtime/testing/time-limit.ts).
 */

/** A registered test. */
export interface RegisteredTest {
  name: string;
  fn: () => unknown;
  /** Milliseconds, or undefined for the exercise's time limit. */
  timeoutMs: number | undefined;
}

/** Options of `test`. */
export interface TestOptions {
  /** Milliseconds this test may run. Default: the exercise's `timeLimit`. */
  timeout?: number;
}

/** Creates a registry and the `test` function that fills it. */
export function createTestRegistry() {
  const tests: RegisteredTest[] = [];
  const test = (name: string, fn: () => unknown, options: TestOptions = {}) => {
    if (typeof name !== 'string' || typeof fn !== 'function') throw new TypeError('test(name, fn) needs a name and a function');
    tests.push({ name, fn, timeoutMs: options.timeout });
  };
  return { test, tests };
}
