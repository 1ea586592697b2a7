/**
 * `test(name, fn, { timeout })` for test authors: collects the tests of an exercise's tests.js,
 * then runs them one after another, each under its own time limit.
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

/** What racing a promise against a time limit gave. */
export type Timed<T> = { kind: 'done'; value: T } | { kind: 'threw'; error: unknown } | { kind: 'timed-out' };

/** Runs `fn` and resolves with its outcome, or with "timed-out" after `ms` (the work itself is not stopped). */
export function withTimeLimit<T>(fn: () => T | Promise<T>, ms: number): Promise<Timed<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'timed-out' }), ms);
    Promise.resolve()
      .then(fn)
      .then(
        (value) => resolve({ kind: 'done', value }),
        (error: unknown) => resolve({ kind: 'threw', error }),
      )
      .finally(() => clearTimeout(timer));
  });
}
