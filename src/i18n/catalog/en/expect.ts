/**
 * The words of `expect.*` and of `test(...)` verdicts, shared by lesson cells and the grader so a
 * learner reads the same sentence wherever a check fails (read through
 * src/runtime/testing/expect-messages.ts; the grader's area, ./grader.ts, includes them).
 */
import { formatFigure as formatNumber, formatShape } from '../format-figures';
import { plural } from '../../plural';

/** "1 value", "2 values": the count as it is (no digit grouping), so the figures match the code's. */
const values = (n: number) => plural(n, { one: `${n} value`, other: `${n} values` }, 'en');

/** The messages of failed `expect.*` checks. */
export const expectMessages = {
  shapeMismatch: (what: string, expected: readonly number[], got: readonly number[]) =>
    `${what} has shape ${formatShape(got)}, but shape ${formatShape(expected)} was expected. Check which axis you reduce or reshape over.`,
  valueMismatch: (
    what: string,
    info: {
      shape: readonly number[];
      index: readonly number[];
      expected: number;
      got: number;
      mismatches: number;
      size: number;
      rtol: number;
      atol: number;
    },
  ) =>
    `${what} is not close enough at index ${formatShape(info.index)}: expected ${formatNumber(info.expected)}, got ${formatNumber(info.got)}. ` +
    `${info.mismatches} of ${values(info.size)} differ (shape ${formatShape(info.shape)}; allowed |got − expected| ≤ ${formatNumber(info.atol)} + ${formatNumber(info.rtol)}·|expected|).`,
  notFinite: (what: string, index: readonly number[], got: number) =>
    `${what} holds ${formatNumber(got)} at index ${formatShape(index)}. NaN or Infinity usually means an overflow: exp() of a large number, or log(0). Subtract the maximum before exp, or add a small epsilon inside log.`,
  dtypeMismatch: (what: string, expected: string, got: string) =>
    `${what} has dtype ${got}, but ${expected} was expected. Use tf.cast(x, '${expected}') or create it with that dtype.`,
  notATensor: (what: string, got: string) => `${what} should be a tensor or an array of numbers, but it is ${got}.`,
  rowsSum: (what: string, row: number, expected: number, got: number) =>
    `Row ${row} of ${what} sums to ${formatNumber(got)}, but every row should sum to ${formatNumber(expected)}. Normalise over the last axis (axis -1).`,
  notEqual: (what: string, expected: string, got: string) => `${what} should be ${expected}, but it is ${got}.`,
  belowBar: (what: string, bar: number, got: number) =>
    `${what} is ${formatNumber(got)}, but it needs to be at least ${formatNumber(bar)}.`,
  aboveBar: (what: string, bar: number, got: number) => `${what} is ${formatNumber(got)}, but it needs to be at most ${formatNumber(bar)}.`,
} as const;

/** How `expect.*` names what it reads when the test does not say (`what`), and what a value turned out to be. */
export const expectLabels = {
  /** The default `what` of every `expect.*`. */
  yourResult: 'Your result',
  /** The second value of `expect.allClose`. */
  expectedValue: 'The expected value',
  raggedArray: 'a ragged array (rows of different lengths)',
  disposedTensor: 'a disposed tensor',
  /** The two arguments `test(name, fn)` got, as `badTest` shows them. */
  both: (first: string, second: string) => `${first} and ${second}`,
};

/** The messages of `test(name, fn)` verdicts. */
export const testMessages = {
  testTimedOut: (seconds: number) =>
    `Timed out: the test did not finish within ${seconds} s. Look for a loop that never ends, or training that runs far longer than needed.`,
  summary: (passed: number, total: number) => `${passed} of ${total} tests passed`,
  /** A test that threw something other than a failed `expect.*`. */
  threw: (error: { name: string; message: string }) => `The test threw ${error.name}: ${error.message}`,
  /** A test that passed without calling `expect.*`: it could not have failed. */
  noAssertion: () =>
    'It calls no expect.*, so it cannot fail: check a value with expect.shape, expect.allClose, expect.equal or expect.that.',
  badTest: (got: string) => `test(name, fn) needs a name (a string) and a function, but it got ${got}.`,
  /** The accessible name of a cell's list of test verdicts. */
  listLabel: () => 'Tests',
  /** One line of that list. */
  verdict: (name: string, status: 'passed' | 'failed' | 'timed-out', message: string) =>
    status === 'passed'
      ? `✓ ${name}: passed${message ? ` (${message})` : ''}`
      : `${status === 'failed' ? '✗' : '⏱'} ${name}: ${status === 'failed' ? 'failed' : 'timed out'}. ${message}`,
} as const;
