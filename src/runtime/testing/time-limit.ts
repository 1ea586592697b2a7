/** Racing a test (or any work) against its time limit: the grader's harness and `test(...)` in cells share it. */

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
