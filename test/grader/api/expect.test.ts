import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createExpect } from '../../../src/runtime/testing/expect';
import { ExpectFailure } from '../../../src/runtime/testing/expect-failure';
import { formatNumber, gradeMessages } from '../../../src/grader/messages';

await tf.setBackend('cpu');
const check = createExpect(tf);

/** The message `fn` fails with (and that it fails with an ExpectFailure). */
function failureOf(fn: () => void): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ExpectFailure);
    return (error as Error).message;
  }
  throw new Error('expected a failure');
}

describe('grading API messages (pinned wording)', () => {
  it('allClose names the shape, the first mismatching index, expected and got', () => {
    const got = tf.tensor2d([
      [0.1, 0.2, 0.7],
      [0.3, 0.3, 0.5],
    ]);
    const want = tf.tensor2d([
      [0.1, 0.2, 0.7],
      [0.3, 0.2, 0.5],
    ]);
    expect(failureOf(() => check.allClose(got, want, { what: 'Your softmax' }))).toBe(
      'Your softmax is not close enough at index [1, 1]: expected 0.2, got 0.3. 1 of 6 values differ (shape [2, 3]; allowed |got − expected| ≤ 1.000e-6 + 1.000e-5·|expected|).',
    );
    tf.dispose([got, want]);
  });

  it('allClose reports a shape mismatch before values', () => {
    expect(failureOf(() => check.allClose([[1, 2, 3]], [[1], [2], [3]]))).toBe(
      'Your result has shape [1, 3], but shape [3, 1] was expected. Check which axis you reduce or reshape over.',
    );
  });

  it('allClose explains NaN and Infinity as overflow', () => {
    expect(failureOf(() => check.allClose([1, NaN], [1, 0.5]))).toBe(
      'Your result holds NaN at index [1]. NaN or Infinity usually means an overflow: exp() of a large number, or log(0). Subtract the maximum before exp, or add a small epsilon inside log.',
    );
  });

  it('allClose accepts values within atol + rtol·|expected| and leaks no tensors', () => {
    const before = tf.memory().numTensors;
    const a = tf.tensor1d([1, 2, 3]);
    check.allClose(a, [1.000001, 2, 3.00002], { rtol: 1e-5, atol: 1e-6 });
    a.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('shape, dtype, rows-sum, equal and outcome bars', () => {
    expect(failureOf(() => check.shape(tf.zeros([2, 2]), [2, 3]))).toBe(gradeMessages.shapeMismatch('Your result', [2, 3], [2, 2]));
    expect(failureOf(() => check.dtype(tf.zeros([2], 'int32'), 'float32'))).toBe(
      "Your result has dtype int32, but float32 was expected. Use tf.cast(x, 'float32') or create it with that dtype.",
    );
    expect(
      failureOf(() =>
        check.rowsSumTo(
          [
            [0.5, 0.5],
            [0.5, 0.6],
          ],
          1,
        ),
      ),
    ).toBe('Row 1 of Your result sums to 1.1, but every row should sum to 1. Normalise over the last axis (axis -1).');
    expect(failureOf(() => check.equal([1, 2], [1, 3], 'Your labels'))).toBe('Your labels should be [1,3], but it is [1,2].');
    expect(failureOf(() => check.atLeast(0.71, 0.9, 'Accuracy on held-out digits'))).toBe(
      'Accuracy on held-out digits is 0.71, but it needs to be at least 0.9.',
    );
    expect(failureOf(() => check.atMost(0.5, 0.1, 'The held-out loss'))).toBe('The held-out loss is 0.5, but it needs to be at most 0.1.');
    expect(failureOf(() => check.that(false, 'Your search used 12 evaluations; the budget is 10.'))).toBe(
      'Your search used 12 evaluations; the budget is 10.',
    );
  });

  it('names what is not a tensor', () => {
    expect(failureOf(() => check.allClose('hello', [1]))).toBe('Your result should be a tensor or an array of numbers, but it is "hello".');
    expect(failureOf(() => check.shape([[1, 2], [3]], [2, 2]))).toBe(
      'Your result should be a tensor or an array of numbers, but it is a ragged array (rows of different lengths).',
    );
  });

  it('learner-code messages', () => {
    expect(gradeMessages.threw('Your softmax()', { name: 'TypeError', message: 'x.nope is not a function', line: 3 })).toBe(
      'Your softmax() threw TypeError on line 3: x.nope is not a function',
    );
    expect(gradeMessages.missingName('softmax')).toBe(
      'Your code does not define `softmax`. Keep the name from the starter code, declared at the top level (function softmax(…) or const softmax = …).',
    );
    expect(gradeMessages.leakedTensors('softmax', 2)).toBe(
      'softmax() leaves 2 tensors behind each call. Wrap the work in tf.tidy(() => …) or dispose() the tensors you no longer need.',
    );
    expect(gradeMessages.testTimedOut(10)).toBe(
      'Timed out: the test did not finish within 10 s. Look for a loop that never ends, or training that runs far longer than needed.',
    );
    expect(gradeMessages.summary(2, 3)).toBe('2 of 3 tests passed');
  });

  it('formats numbers readably', () => {
    expect([formatNumber(0.123456), formatNumber(3), formatNumber(1e-7), formatNumber(-Infinity), formatNumber(2.5e8)]).toEqual([
      '0.1235',
      '3',
      '1.000e-7',
      '-Infinity',
      '250000000',
    ]);
  });
});
