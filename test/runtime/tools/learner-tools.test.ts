import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLearnerTools } from '../../../src/runtime/tools/learner-tools.ts';
import { publicFolderFiles } from '../../../src/runtime/tools/node-fetch-bytes.ts';

const originalRandom = Math.random;

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => {
  Math.random = originalRandom;
});

describe('createLearnerTools', () => {
  it('gives exactly data, models, seed, time, compare and sleep', () => {
    const tools = createLearnerTools(tf, publicFolderFiles());
    expect(Object.keys(tools).sort()).toEqual([
      'compare',
      'data',
      'expect',
      'load',
      'log',
      'models',
      'seed',
      'service',
      'sleep',
      'test',
      'time',
    ]);
  });

  it('works end to end like a cell would use it, leaking only what the cell keeps', async () => {
    const { data, models, seed, time, compare, sleep } = createLearnerTools(tf, publicFolderFiles());
    const before = tf.memory().numTensors;
    seed(1);
    const { xTest, yTest, xTrain, yTrain } = await data.load('digits', { classes: [0, 1, 2, 3, 4] });
    const model = await models.load('digits-base');
    const predictions = model.predict(xTest) as tf.Tensor;
    const again = model.predict(xTest) as tf.Tensor;
    const same = compare(predictions, again);
    expect(same.maxAbsError).toBe(0);
    const timing = await time(() => model.predict(xTest), { warmup: 1, runs: 3 });
    expect(timing.samples).toHaveLength(3);
    await sleep(1);
    // Kept by the cell: 4 data tensors, 6 weights and 2 predictions; seed, compare, time and sleep keep nothing.
    expect(tf.memory().numTensors - before).toBe(4 + 6 + 2);
    tf.dispose([xTest, yTest, xTrain, yTrain, predictions, again]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('seed replaces the global Math.random', () => {
    const { seed } = createLearnerTools(tf, publicFolderFiles());
    seed(5);
    const first = [Math.random(), Math.random()];
    seed(5);
    expect([Math.random(), Math.random()]).toEqual(first);
  });
});
