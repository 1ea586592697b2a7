import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { matmulGflops, timeMatmul } from '../../src/bench/matmul-speed.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('matmulGflops', () => {
  it('counts 2·n³ operations', () => {
    expect(matmulGflops(1000, 1000)).toBeCloseTo(2, 10); // 2e9 flops in one second
    expect(matmulGflops(512, 10)).toBeCloseTo((2 * 512 ** 3) / 0.01 / 1e9, 6);
  });
});

describe('timeMatmul', () => {
  it('times at least minRuns runs and leaves no tensors behind', async () => {
    const before = tf.memory().numTensors;
    const timing = await timeMatmul(tf, 32, { warmup: 1, minRuns: 3, maxRuns: 5, budgetMs: 0 });
    expect(tf.memory().numTensors).toBe(before);
    expect(timing.size).toBe(32);
    expect(timing.runs).toBe(3);
    expect(timing.medianMs).toBeGreaterThan(0);
    expect(timing.gflops).toBeCloseTo(matmulGflops(32, timing.medianMs), 6);
  });

  it('stops at maxRuns however much budget is left', async () => {
    const timing = await timeMatmul(tf, 8, { warmup: 0, minRuns: 1, maxRuns: 4, budgetMs: 60_000 });
    expect(timing.runs).toBe(4);
  });
});
