import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ToolError } from '../../../src/runtime/tools/errors.ts';
import { createTime, median } from '../../../src/runtime/tools/time.ts';

const time = createTime(tf);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('time', () => {
  it('calls fn warmup + runs times and reports runs samples', async () => {
    let calls = 0;
    const result = await time(() => calls++, { warmup: 3, runs: 5 });
    expect(calls).toBe(8);
    expect(result.samples).toHaveLength(5);
    expect(result.min).toBeLessThanOrEqual(result.median);
    expect(result.median).toBeLessThanOrEqual(result.max);
    expect(result.mean).toBeCloseTo(result.samples.reduce((s, v) => s + v, 0) / 5, 10);
  });

  it('uses 2 warm-up calls and 10 runs by default', async () => {
    let calls = 0;
    const result = await time(() => calls++);
    expect(calls).toBe(12);
    expect(result.samples).toHaveLength(10);
  });

  it('awaits async functions, counting the time they take', async () => {
    const result = await time(() => new Promise((resolve) => setTimeout(resolve, 20)), { warmup: 0, runs: 3 });
    expect(result.min).toBeGreaterThanOrEqual(15);
  });

  it('reads back and disposes a tensor fn returns, leaking nothing', async () => {
    const a = tf.randomNormal([64, 64]);
    const before = tf.memory().numTensors;
    const result = await time(() => tf.matMul(a, a), { warmup: 1, runs: 4 });
    expect(tf.memory().numTensors).toBe(before);
    expect(result.median).toBeGreaterThan(0);
    a.dispose();
  });

  it('disposes every tensor of a returned array', async () => {
    const a = tf.ones([8]);
    const before = tf.memory().numTensors;
    await time(() => [tf.add(a, 1), tf.mul(a, 2), 'not a tensor'], { warmup: 0, runs: 2 });
    expect(tf.memory().numTensors).toBe(before);
    a.dispose();
  });

  it('leaves a tensor alone that existed before the call', async () => {
    const kept = tf.ones([4]);
    await time(() => kept, { warmup: 1, runs: 2 });
    expect(kept.isDisposed).toBe(false);
    expect(Array.from(await kept.data())).toEqual([1, 1, 1, 1]);
    kept.dispose();
  });

  it('rejects a non-function, unknown options and bad counts with a ToolError', async () => {
    await expect(time(42 as unknown as () => void)).rejects.toThrow(ToolError);
    await expect(time(() => 0, { repeats: 3 } as never)).rejects.toThrow(
      "time(fn, options): unknown option 'repeats'. Options: 'warmup' and 'runs'.",
    );
    await expect(time(() => 0, { runs: 0 })).rejects.toThrow("'runs' must be a whole number of at least 1, got 0.");
    await expect(time(() => 0, { warmup: 1.5 })).rejects.toThrow("'warmup' must be a whole number of at least 0, got 1.5.");
  });

  it('passes on an error thrown by fn', async () => {
    await expect(
      time(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
  });
});
