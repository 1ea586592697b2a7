import { describe, expect, it } from 'vitest';
import { stratifiedSplit } from '../../../src/runtime/data/split.ts';

const labels = [...new Array<number>(50).fill(0), ...new Array<number>(30).fill(1), ...new Array<number>(20).fill(2)];
const options = { testFraction: 0.2, seed: 1, trainPerClass: null };

describe('stratifiedSplit', () => {
  it('takes the test fraction of every class and uses each index once', () => {
    const { train, test } = stratifiedSplit(labels, [0, 1, 2], options);
    const count = (indices: number[], label: number) => indices.filter((i) => labels[i] === label).length;
    expect([count(test, 0), count(test, 1), count(test, 2)]).toEqual([10, 6, 4]);
    expect([...train, ...test].sort((a, b) => a - b)).toEqual(labels.map((_, i) => i));
  });

  it('shuffles both sides (the classes are not in blocks)', () => {
    const { train } = stratifiedSplit(labels, [0, 1, 2], options);
    expect(train.slice(0, 20).map((i) => labels[i])).not.toEqual(Array(20).fill(0));
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(stratifiedSplit(labels, [0, 1, 2], options)).toEqual(stratifiedSplit(labels, [0, 1, 2], options));
    expect(stratifiedSplit(labels, [0, 1, 2], { ...options, seed: 2 }).test).not.toEqual(stratifiedSplit(labels, [0, 1, 2], options).test);
  });

  it('leaves out classes not asked for, and caps training examples per class', () => {
    const { train, test } = stratifiedSplit(labels, [1, 2], { ...options, trainPerClass: 5 });
    expect([...train, ...test].every((i) => labels[i] !== 0)).toBe(true);
    expect(train).toHaveLength(10);
    expect(test).toHaveLength(10);
  });

  it('keeps at least one training example per class', () => {
    const { train, test } = stratifiedSplit([0, 0, 1], [0, 1], { ...options, testFraction: 0.9 });
    expect(train.map((i) => [0, 0, 1][i]).sort()).toEqual([0, 1]);
    expect(test).toHaveLength(1);
  });
});
