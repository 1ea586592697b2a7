import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LESSON_TRAINING, trainDigits } from '../../src/bench/train-digits.ts';
import { createLearnerTools } from '../../src/runtime/tools/learner-tools.ts';
import { publicFolderFiles } from '../../src/runtime/tools/node-fetch-bytes.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe("trainDigits (the bare worker's copy of lesson 1's training)", () => {
  it('trains on the shipped digits, times the run and disposes every tensor', async () => {
    const tools = createLearnerTools(tf, publicFolderFiles());
    await tools.data.load('digits').then((d) => tf.dispose([d.xTrain, d.yTrain, d.xTest, d.yTest])); // cache the file read
    const before = tf.memory().numTensors;
    const run = await trainDigits(tf, tools, 2, LESSON_TRAINING.batchSize);
    expect(tf.memory().numTensors).toBe(before);
    expect(run.epochs).toBe(2);
    expect(run.samples).toBeGreaterThan(1400); // 80 % of 1,797
    expect(run.samples).toBeLessThan(1450);
    expect(run.fitMs).toBeGreaterThan(0);
    expect(run.totalMs).toBeGreaterThanOrEqual(run.fitMs);
    expect(run.fitSamplesPerSecond).toBeCloseTo((2 * run.samples) / (run.fitMs / 1000), 6);
    expect(run.finalLoss).toBeLessThan(2.3); // it learned something in two epochs
  });

  it('is repeatable: the seed gives the same final loss on the same backend', async () => {
    const tools = createLearnerTools(tf, publicFolderFiles());
    const first = await trainDigits(tf, tools, 1, LESSON_TRAINING.batchSize);
    const second = await trainDigits(tf, tools, 1, LESSON_TRAINING.batchSize);
    expect(second.finalLoss).toBeCloseTo(first.finalLoss, 5);
  });
});
