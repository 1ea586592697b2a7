/**
 * The assertions `expect.*`, one implementation for the grader's tests.js and for `test(...)` in
 * lesson cells and learner-written tests. Each throws an `ExpectFailure` whose message teaches:
 * what was expected, what the code gave, where the first mismatch is. Values may be tensors,
 * numbers or nested arrays of numbers.
 */
import type { Tf } from '../tools/tf-type';
import { ExpectFailure } from './expect-failure';
import { expectLabels, expectMessages, formatShape } from './expect-messages';
import { readNumeric, unravelIndex } from './numeric-value';

/** Tolerances of `allClose`: |got − expected| ≤ atol + rtol·|expected|. */
export interface Tolerance {
  /** Relative tolerance. Default: 1e-5. */
  rtol?: number;
  /** Absolute tolerance. Default: 1e-6. */
  atol?: number;
  /** How the value is named in the message. Default: "Your result" (in the learner's language). */
  what?: string;
}

/** Creates the `expect` object tests use, over the tfjs of the realm it runs in (the grader's own, or a cell's). */
export function createExpect(tf: Tf) {
  const fail = (message: string): never => {
    throw new ExpectFailure(message);
  };

  return {
    /** Same shape, and every value within tolerance; NaN/Infinity in the result is named as such. */
    allClose(actual: unknown, expected: unknown, { rtol = 1e-5, atol = 1e-6, what = expectLabels.yourResult }: Tolerance = {}): void {
      const got = readNumeric(tf, actual, what);
      const want = readNumeric(tf, expected, expectLabels.expectedValue);
      if (formatShape(got.shape) !== formatShape(want.shape)) fail(expectMessages.shapeMismatch(what, want.shape, got.shape));
      let first = -1;
      let mismatches = 0;
      got.values.forEach((value, i) => {
        const target = want.values[i] ?? NaN;
        if (!Number.isFinite(value) && Number.isFinite(target)) fail(expectMessages.notFinite(what, unravelIndex(i, got.shape), value));
        const close = value === target || Math.abs(value - target) <= atol + rtol * Math.abs(target);
        if (!close) {
          mismatches += 1;
          if (first === -1) first = i;
        }
      });
      if (first !== -1) {
        fail(
          expectMessages.valueMismatch(what, {
            shape: got.shape,
            index: unravelIndex(first, got.shape),
            expected: want.values[first] ?? NaN,
            got: got.values[first] ?? NaN,
            mismatches,
            size: got.values.length,
            rtol,
            atol,
          }),
        );
      }
    },
    /** The value has exactly this shape. */
    shape(actual: unknown, expected: readonly number[], what = expectLabels.yourResult): void {
      const got = readNumeric(tf, actual, what);
      if (formatShape(got.shape) !== formatShape(expected)) fail(expectMessages.shapeMismatch(what, expected, got.shape));
    },
    /** The value is a tensor (or array) of this dtype. */
    dtype(actual: unknown, expected: string, what = expectLabels.yourResult): void {
      const got = readNumeric(tf, actual, what);
      if (got.dtype !== expected) fail(expectMessages.dtypeMismatch(what, expected, got.dtype));
    },
    /** Every value is a finite number. */
    finite(actual: unknown, what = expectLabels.yourResult): void {
      const got = readNumeric(tf, actual, what);
      const bad = got.values.findIndex((v) => !Number.isFinite(v));
      if (bad !== -1) fail(expectMessages.notFinite(what, unravelIndex(bad, got.shape), got.values[bad] ?? NaN));
    },
    /** A property check: each row of a rank-2 value sums to `total` (e.g. probabilities sum to 1). */
    rowsSumTo(
      actual: unknown,
      total: number,
      { atol = 1e-5, what = expectLabels.yourResult }: { atol?: number; what?: string } = {},
    ): void {
      const got = readNumeric(tf, actual, what);
      const width = got.shape[got.shape.length - 1] ?? 1;
      for (let row = 0; row * width < got.values.length; row++) {
        const sum = got.values.slice(row * width, (row + 1) * width).reduce((a, b) => a + b, 0);
        if (!(Math.abs(sum - total) <= atol)) fail(expectMessages.rowsSum(what, row, total, sum));
      }
    },
    /** Exact equality of numbers, strings, booleans, or arrays of them (compared as JSON). */
    equal(actual: unknown, expected: unknown, what = expectLabels.yourResult): void {
      const got = JSON.stringify(actual) ?? String(actual);
      const want = JSON.stringify(expected) ?? String(expected);
      if (got !== want) fail(expectMessages.notEqual(what, want, got));
    },
    /** An outcome bar: `value ≥ bar` (e.g. held-out accuracy). */
    atLeast(value: number, bar: number, what: string): void {
      if (!(value >= bar)) fail(expectMessages.belowBar(what, bar, value));
    },
    /** An outcome bar: `value ≤ bar` (e.g. held-out loss). */
    atMost(value: number, bar: number, what: string): void {
      if (!(value <= bar)) fail(expectMessages.aboveBar(what, bar, value));
    },
    /** A property in the test author's own words: fails with `message` unless `condition` holds. */
    that(condition: boolean, message: string): void {
      if (!condition) fail(message);
    },
  };
}

/** The `expect` object of the grading API and of lesson cells. */
export type Expect = ReturnType<typeof createExpect>;
