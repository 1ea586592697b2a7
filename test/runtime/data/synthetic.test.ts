import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDataApi } from '../../../src/runtime/data/data-api.ts';
import { classSizes, makeBlobs, makeMoons, makeSpirals } from '../../../src/runtime/data/synthetic.ts';
import type { LoadedDataset } from '../../../src/runtime/data/types.ts';

const data = createDataApi(tf, { baseUrl: 'https://unused.test/', fetchBytes: () => Promise.reject(new Error('no files needed')) });
const disposeAll = (d: LoadedDataset) => tf.dispose([d.xTrain, d.yTrain, d.xTest, d.yTest]);
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

/** Mean of the points of each class. */
function classMeans(features: Float32Array, labels: Int32Array, classes: number): number[][] {
  const sums = Array.from({ length: classes }, () => [0, 0, 0]);
  labels.forEach((label, i) => {
    const sum = sums[label]!;
    sum[0]! += features[2 * i]!;
    sum[1]! += features[2 * i + 1]!;
    sum[2]! += 1;
  });
  return sums.map(([x, y, n]) => [x! / n!, y! / n!]);
}

describe('classSizes', () => {
  it('shares n out evenly, the first classes taking the remainder', () => {
    expect(classSizes(400, 3)).toEqual([134, 133, 133]);
    expect(classSizes(10, 2)).toEqual([5, 5]);
  });
});

describe('generators', () => {
  it('moons without noise lie exactly on the two half circles', () => {
    const moons = makeMoons({ n: 100, noise: 0, seed: 1 });
    moons.labels.forEach((label, i) => {
      const x = moons.features[2 * i]!;
      const y = moons.features[2 * i + 1]!;
      const [cx, cy] = label === 0 ? [0, 0] : [1, 0.5];
      expect(Math.hypot(x - cx, y - cy)).toBeCloseTo(1, 5);
      expect(label === 0 ? y >= -1e-6 : y <= 0.5 + 1e-6).toBe(true);
    });
  });

  it('blobs sit around evenly spaced centres on the unit circle, spread by noise', () => {
    const blobs = makeBlobs({ n: 3000, noise: 0.1, classes: 3, seed: 2 });
    const means = classMeans(blobs.features, blobs.labels, 3);
    means.forEach(([x, y], k) => {
      expect(x).toBeCloseTo(Math.cos((2 * Math.PI * k) / 3), 1);
      expect(y).toBeCloseTo(Math.sin((2 * Math.PI * k) / 3), 1);
    });
  });

  it('spirals stay within radius 1 without noise and have one arm per class', () => {
    const spirals = makeSpirals({ n: 500, noise: 0, classes: 5, seed: 3 });
    const radii = Array.from({ length: 500 }, (_, i) => Math.hypot(spirals.features[2 * i]!, spirals.features[2 * i + 1]!));
    expect(Math.max(...radii)).toBeLessThanOrEqual(1 + 1e-6);
    expect(new Set(spirals.labels)).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('noise is the standard deviation around the noiseless points', () => {
    const clean = makeBlobs({ n: 4000, noise: 0, classes: 2, seed: 4 });
    const noisy = makeBlobs({ n: 4000, noise: 0.3, classes: 2, seed: 4 });
    let squares = 0;
    for (let i = 0; i < clean.features.length; i++) squares += (noisy.features[i]! - clean.features[i]!) ** 2;
    expect(Math.sqrt(squares / clean.features.length)).toBeCloseTo(0.3, 1);
  });
});

describe("data.load of 'moons', 'spirals' and 'blobs'", () => {
  it.each(['moons', 'spirals', 'blobs'] as const)(
    '%s: default 400 points, x [n,2] float32, y int32, 20%% of each class to test',
    async (name) => {
      const d = await data.load(name);
      const classes = name === 'moons' ? 2 : 3;
      // 2 classes: 200 + 200 → 40 + 40 test; 3 classes: 134 + 133 + 133 → 27 + 27 + 27 test.
      const testCount = classes === 2 ? 80 : 81;
      expect(d.xTrain.shape).toEqual([400 - testCount, 2]);
      expect(d.xTest.shape).toEqual([testCount, 2]);
      expect([d.xTrain.dtype, d.yTrain.dtype, d.yTest.rank]).toEqual(['float32', 'int32', 1]);
      expect(d).toMatchObject({ numClasses: classes, featureShape: [2] });
      expect(d.classNames).toHaveLength(classes);
      expect(new Set(await d.yTest.data())).toEqual(new Set(Array.from({ length: classes }, (_, k) => k)));
      disposeAll(d);
    },
  );

  it.each(['moons', 'spirals', 'blobs'] as const)('%s: the same seed gives the same points, another seed others', async (name) => {
    const a = await data.load(name, { seed: 7, n: 200 });
    const b = await data.load(name, { seed: 7, n: 200 });
    const c = await data.load(name, { seed: 8, n: 200 });
    expect(Array.from(await a.xTrain.data())).toEqual(Array.from(await b.xTrain.data()));
    expect(Array.from(await a.xTrain.data())).not.toEqual(Array.from(await c.xTrain.data()));
    [a, b, c].forEach(disposeAll);
  });

  it('takes n, noise and classes', async () => {
    const d = await data.load('spirals', { n: 1000, classes: 4, noise: 0, testFraction: 0.1 });
    expect(d.xTrain.shape[0] + d.xTest.shape[0]).toBe(1000);
    expect(d.xTest.shape[0]).toBe(100);
    expect(d.numClasses).toBe(4);
    disposeAll(d);
  });
});
