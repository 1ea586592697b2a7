import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCompare } from '../../../src/runtime/tools/compare.ts';
import { ToolError } from '../../../src/runtime/tools/errors.ts';

const compare = createCompare(tf);
let tensorsBefore = 0;

beforeAll(async () => {
  await tf.setBackend('cpu');
});
beforeEach(() => {
  tensorsBefore = tf.memory().numTensors;
});
afterEach(() => {
  expect(tf.memory().numTensors).toBe(tensorsBefore);
});

describe('compare', () => {
  it('finds the largest absolute and relative error and where it is', () => {
    const a = tf.tensor2d([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const b = tf.tensor2d([
      [1, 2, 3],
      [4, 5.5, 6],
    ]);
    const result = compare(a, b);
    expect(result.maxAbsError).toBeCloseTo(0.5, 6);
    expect(result.maxRelError).toBeCloseTo(0.5 / 5.5, 6);
    expect(result.worstIndex).toEqual([1, 1]);
    expect(result.worstA).toBe(5);
    expect(result.worstB).toBe(5.5);
    expect(result.sameShape).toBe(true);
    tf.dispose([a, b]);
  });

  it('reports zero errors for identical inputs', () => {
    const a = tf.tensor1d([0, -1, 2.5]);
    expect(compare(a, a)).toEqual({ maxAbsError: 0, maxRelError: 0, worstIndex: [0], worstA: 0, worstB: 0, sameShape: true });
    a.dispose();
  });

  it('sees float32 rounding of softmax against tf.softmax as tiny', () => {
    const logits = tf.tensor1d([1, 2, 3, 4]);
    const reference = tf.softmax(logits);
    const mine = tf.tidy(() => tf.exp(logits).div(tf.exp(logits).sum()));
    const result = compare(mine, reference);
    expect(result.maxAbsError).toBeLessThan(1e-6);
    expect(result.maxRelError).toBeLessThan(1e-5);
    tf.dispose([logits, reference, mine]);
  });

  it('compares nested arrays, typed arrays and numbers', () => {
    expect(
      compare(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2],
          [3, 5],
        ],
      ).worstIndex,
    ).toEqual([1, 1]);
    expect(compare(new Float32Array([1, 2]), [1, 3]).maxAbsError).toBe(1);
    expect(compare(2, 3)).toMatchObject({ maxAbsError: 1, worstIndex: [], sameShape: true });
  });

  it('compares equal-sized inputs of different shapes in flat order, saying so', () => {
    const a = tf.zeros([2, 3]);
    const b = tf.zeros([6]);
    expect(compare(a, b).sameShape).toBe(false);
    tf.dispose([a, b]);
  });

  it('bounds relative error by 2 and handles zeros, NaN and infinities', () => {
    expect(compare([0, 0], [0, 1e-9]).maxRelError).toBe(1);
    expect(compare([1], [-1]).maxRelError).toBe(2);
    expect(compare([NaN, 1], [NaN, 1]).maxAbsError).toBe(0);
    expect(compare([NaN, 1], [0, 1])).toMatchObject({ maxAbsError: Infinity, maxRelError: Infinity, worstIndex: [0] });
    expect(compare([Infinity], [Infinity]).maxAbsError).toBe(0);
    expect(compare([Infinity], [-Infinity]).maxAbsError).toBe(Infinity);
  });

  it('handles empty inputs', () => {
    const result = compare([], []);
    expect(result).toMatchObject({ maxAbsError: 0, maxRelError: 0, worstIndex: [], sameShape: true });
    expect(result.worstA).toBeNaN();
  });

  it('rejects inputs of different sizes with both shapes in the message', () => {
    const a = tf.zeros([2, 3]);
    const b = tf.zeros([3, 3]);
    expect(() => compare(a, b)).toThrow(ToolError);
    expect(() => compare(a, b)).toThrow('the shapes [2, 3] and [3, 3] hold different numbers of elements');
    tf.dispose([a, b]);
  });

  it('rejects ragged arrays, strings and string tensors', () => {
    expect(() => compare([[1, 2], [3]], [1, 2, 3])).toThrow("'a' is a ragged nested array");
    expect(() => compare([1], 'x')).toThrow('\'b\' must be a tensor, a number, a typed array or a (nested) array of numbers, got "x".');
    const text = tf.tensor1d(['a'], 'string');
    expect(() => compare(text, [1])).toThrow("'a' is a string tensor");
    text.dispose();
  });
});
