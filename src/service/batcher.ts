/**
 * Dynamic batching, as in TensorFlow Serving and Triton: requests wait in a queue until enough
 * of them fill a batch (`maxBatchSize`, counted in instances) or the oldest has waited
 * `maxQueueWaitMs`, then one `run` call serves them all. One batch runs at a time; while it runs
 * the queue fills, so under load batches grow by themselves and the per-call overhead is shared.
 * A batch starts in a microtask, so items submitted in the same tick share it even with a wait of 0.
 *
 * Each submitter gets its own result back, in the order it was submitted: `run` receives the
 * items in arrival order and must return one result per item in that order. A batch whose `run`
 * throws (or returns the wrong number of results) rejects every item of that batch with the
 * error, and the batcher carries on with the next; it never stops on a failed batch.
 */
import { requestMessages } from './service-messages.ts';

/** How to batch items of type I into results of type O. */
export interface BatcherOptions<I, O> {
  /** Most units (instances) per batch; an item larger than this alone still runs, by itself. */
  maxBatchSize: number;
  /** Longest the oldest waiting item waits for others to join, in ms (0: run as soon as free). */
  maxQueueWaitMs: number;
  /** How many units an item counts for (e.g. its number of instances); 1 when absent. */
  sizeOf?: (item: I) => number;
  /** Runs one batch: one result per item, in the order given. */
  run: (items: I[]) => Promise<O[]>;
  /** The clock, in ms; performance.now by default. */
  now?: () => number;
}

/** What the batcher has done so far. */
export interface BatcherStats {
  /** Batches run (each one `run` call), failed ones included. */
  batches: number;
  /** Batches whose `run` threw. */
  failedBatches: number;
  /** Items (requests) served in those batches. */
  items: number;
  /** Units (instances) served in those batches. */
  units: number;
  /** Units per batch on average (0 before the first batch). */
  meanBatchSize: number;
  /** The largest batch so far, in units. */
  largestBatch: number;
  /** Items waiting now. */
  queueLength: number;
}

/** A running batcher. */
export interface Batcher<I, O> {
  /** Queues `item`; resolves with its own result, or rejects with its batch's error. */
  submit(item: I): Promise<O>;
  /** Items waiting (not yet in a running batch). */
  readonly queueLength: number;
  stats(): BatcherStats;
  /** Rejects every waiting item with `reason` and every later submit too; a running batch finishes. */
  close(reason: Error): void;
}

interface Waiting<I, O> {
  item: I;
  size: number;
  arrived: number;
  resolve: (result: O) => void;
  reject: (error: unknown) => void;
}

/** Thrown when `run` returns a different number of results than it was given items. */
export class BatchResultCountError extends Error {
  override readonly name = 'BatchResultCountError';
  constructor(expected: number, got: number) {
    super(requestMessages.batchResultCount(expected, got));
  }
}

/** Starts a batcher over `options.run`. */
export function createBatcher<I, O>(options: BatcherOptions<I, O>): Batcher<I, O> {
  const { maxBatchSize, maxQueueWaitMs, run } = options;
  const sizeOf = options.sizeOf ?? (() => 1);
  const now = options.now ?? (() => performance.now());
  const queue: Waiting<I, O>[] = [];
  let running = false;
  let closedWith: Error | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let startQueued = false;
  const totals = { batches: 0, failedBatches: 0, items: 0, units: 0, largestBatch: 0 };

  const queuedUnits = () => queue.reduce((sum, waiting) => sum + waiting.size, 0);

  /** Takes the next batch off the queue: the oldest item, then every next one that still fits. */
  function takeBatch(): Waiting<I, O>[] {
    const batch = [queue.shift() as Waiting<I, O>];
    let units = batch[0]?.size ?? 0;
    while (queue.length > 0 && units + (queue[0] as Waiting<I, O>).size <= maxBatchSize) {
      const next = queue.shift() as Waiting<I, O>;
      units += next.size;
      batch.push(next);
    }
    return batch;
  }

  async function runBatch(): Promise<void> {
    running = true;
    const batch = takeBatch();
    const units = batch.reduce((sum, waiting) => sum + waiting.size, 0);
    totals.batches += 1;
    totals.items += batch.length;
    totals.units += units;
    totals.largestBatch = Math.max(totals.largestBatch, units);
    try {
      const results = await run(batch.map((waiting) => waiting.item));
      if (!Array.isArray(results) || results.length !== batch.length)
        throw new BatchResultCountError(batch.length, Array.isArray(results) ? results.length : 0);
      batch.forEach((waiting, i) => waiting.resolve(results[i] as O));
    } catch (error) {
      totals.failedBatches += 1;
      for (const waiting of batch) waiting.reject(error);
    } finally {
      running = false;
      pump(false);
    }
  }

  /** Starts a batch if one is due; otherwise sets a timer for the oldest item's deadline. */
  function pump(deadlineReached: boolean): void {
    if (running || queue.length === 0) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const waited = now() - (queue[0] as Waiting<I, O>).arrived;
    if (deadlineReached || queuedUnits() >= maxBatchSize || waited >= maxQueueWaitMs) {
      // Start in a microtask, so items submitted in the same tick (a burst) share the batch.
      if (!startQueued) {
        startQueued = true;
        queueMicrotask(() => {
          startQueued = false;
          if (!running && queue.length > 0) void runBatch();
        });
      }
      return;
    }
    timer = setTimeout(() => {
      timer = undefined;
      pump(true);
    }, maxQueueWaitMs - waited);
  }

  return {
    submit(item) {
      if (closedWith) return Promise.reject(closedWith);
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, size: sizeOf(item), arrived: now(), resolve, reject });
        pump(false);
      });
    },
    get queueLength() {
      return queue.length;
    },
    stats: () => ({
      ...totals,
      meanBatchSize: totals.batches === 0 ? 0 : totals.units / totals.batches,
      queueLength: queue.length,
    }),
    close(reason) {
      closedWith = reason;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      for (const waiting of queue.splice(0)) waiting.reject(reason);
    },
  };
}
