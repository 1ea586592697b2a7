import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBatcher } from '../../src/service/batcher.ts';

/** A run that records each batch and answers item × 10, after `delayMs`. */
function recordingRun(delayMs = 0) {
  const batches: number[][] = [];
  const run = async (items: number[]) => {
    batches.push([...items]);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return items.map((item) => item * 10);
  };
  return { batches, run };
}

describe('createBatcher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits up to maxQueueWaitMs for others, then runs them in one batch, each getting its own result in order', async () => {
    const { batches, run } = recordingRun();
    const batcher = createBatcher({ maxBatchSize: 8, maxQueueWaitMs: 5, run, now: () => Date.now() });
    const results = Promise.all([1, 2, 3].map((n) => batcher.submit(n)));
    await vi.advanceTimersByTimeAsync(4);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([[1, 2, 3]]);
    await vi.runAllTimersAsync();
    expect(await results).toEqual([10, 20, 30]);
  });

  it('runs a full batch at once, without waiting', async () => {
    const { batches, run } = recordingRun();
    const batcher = createBatcher({ maxBatchSize: 2, maxQueueWaitMs: 1000, run, now: () => Date.now() });
    const results = Promise.all([1, 2, 3, 4, 5].map((n) => batcher.submit(n)));
    await Promise.resolve();
    expect(batches).toEqual([[1, 2]]);
    await vi.runAllTimersAsync();
    expect(await results).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
    expect(batcher.stats()).toMatchObject({ batches: 3, items: 5, units: 5, meanBatchSize: 5 / 3, largestBatch: 2, queueLength: 0 });
  });

  it('counts units with sizeOf: an item that does not fit waits for the next batch, a huge one runs alone', async () => {
    const { batches, run } = recordingRun();
    const batcher = createBatcher({ maxBatchSize: 4, maxQueueWaitMs: 0, sizeOf: (n: number) => n, run, now: () => Date.now() });
    const results = Promise.all([3, 1, 2, 9, 1].map((n) => batcher.submit(n)));
    await vi.runAllTimersAsync();
    expect(await results).toEqual([30, 10, 20, 90, 10]);
    expect(batches).toEqual([[3, 1], [2], [9], [1]]);
  });

  it('fills batches while one runs (the queue builds up under load)', async () => {
    const { batches, run } = recordingRun(10);
    const batcher = createBatcher({ maxBatchSize: 32, maxQueueWaitMs: 0, run, now: () => Date.now() });
    const first = batcher.submit(0);
    await vi.advanceTimersByTimeAsync(0);
    const rest = Promise.all([1, 2, 3, 4].map((n) => batcher.submit(n)));
    expect(batcher.queueLength).toBe(4);
    await vi.runAllTimersAsync();
    expect([await first, ...(await rest)]).toEqual([0, 10, 20, 30, 40]);
    expect(batches).toEqual([[0], [1, 2, 3, 4]]);
  });

  it('rejects every item of a batch whose run throws, and goes on with the next batch', async () => {
    let calls = 0;
    const batcher = createBatcher({
      maxBatchSize: 2,
      maxQueueWaitMs: 0,
      now: () => Date.now(),
      run: async (items: number[]) => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        return items;
      },
    });
    const outcomes = Promise.allSettled([1, 2, 3].map((n) => batcher.submit(n)));
    await vi.runAllTimersAsync();
    const settled = await outcomes;
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect((settled[0] as PromiseRejectedResult).reason).toEqual(new Error('boom'));
    expect(batcher.stats()).toMatchObject({ batches: 2, failedBatches: 1 });
  });

  it('rejects a batch whose run returns the wrong number of results', async () => {
    const batcher = createBatcher({ maxBatchSize: 2, maxQueueWaitMs: 0, run: async () => [1], now: () => Date.now() });
    const outcomes = Promise.allSettled([batcher.submit(1), batcher.submit(2)]);
    await vi.runAllTimersAsync();
    const [a] = await outcomes;
    expect(a.status).toBe('rejected');
  });

  it('close rejects waiting and later items, and lets the running batch finish', async () => {
    const { run } = recordingRun(10);
    const batcher = createBatcher({ maxBatchSize: 1, maxQueueWaitMs: 0, run, now: () => Date.now() });
    const running = batcher.submit(1);
    await vi.advanceTimersByTimeAsync(0);
    const waiting = batcher.submit(2);
    batcher.close(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    await expect(batcher.submit(3)).rejects.toThrow('stopped');
    await vi.runAllTimersAsync();
    expect(await running).toBe(10);
    expect(vi.getTimerCount()).toBe(0);
  });
});
