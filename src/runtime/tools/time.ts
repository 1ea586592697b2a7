/**
 * `time(fn, { warmup, runs })` in a code cell: runs `fn` a few times untimed (warm-up: shader
 * compilation, caches), then `runs` times timed, and reports milliseconds. A tensor (or array of
 * tensors) that `fn` returns is read back with `data()` inside the timed interval — so work a
 * GPU backend queues is counted — and then disposed if `fn` created it.
 */
import { ToolError } from './errors.ts';
import { toolMessages } from './messages.ts';
import type { Tensor, Tf } from './tf-type.ts';

/** Options of `time`. */
export interface TimeOptions {
  /** Untimed calls first. Default 2. */
  warmup?: number;
  /** Timed calls. Default 10. */
  runs?: number;
}

/** Timing statistics in milliseconds; `samples` are the timed runs in order. */
export interface TimeResult {
  median: number;
  mean: number;
  min: number;
  max: number;
  samples: number[];
}

/** The median of non-empty `values`. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

function readCount(options: Record<string, unknown>, option: 'warmup' | 'runs', fallback: number, minimum: number): number {
  const value = options[option];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum || value > 100_000) {
    throw new ToolError(toolMessages.timeBadCount(option, minimum, value));
  }
  return value;
}

/** Creates `time` for a tfjs instance. */
export function createTime(tf: Tf): (fn: () => unknown, options?: TimeOptions) => Promise<TimeResult> {
  /** The id the next tensor will get, found by creating a throwaway scalar. */
  const nextTensorId = (): number => {
    const marker = tf.scalar(0);
    marker.dispose();
    return marker.id + 1;
  };
  const tensorsIn = (value: unknown): Tensor[] => {
    const isTensor = (item: unknown): item is Tensor => item instanceof tf.Tensor;
    if (isTensor(value)) return [value];
    if (Array.isArray(value)) return (value as unknown[]).filter(isTensor);
    return [];
  };
  const callOnce = async (fn: () => unknown): Promise<number> => {
    const firstNewId = nextTensorId();
    const start = performance.now();
    const tensors = tensorsIn(await fn());
    for (const tensor of tensors) if (!tensor.isDisposed) await tensor.data();
    const elapsed = performance.now() - start;
    for (const tensor of tensors) if (tensor.id >= firstNewId) tensor.dispose();
    return elapsed;
  };

  return async function time(fn, options = {}) {
    if (typeof fn !== 'function') throw new ToolError(toolMessages.timeNotFunction(fn));
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      throw new ToolError(toolMessages.timeOptionsNotObject(options));
    }
    for (const key of Object.keys(options)) {
      if (key !== 'warmup' && key !== 'runs') throw new ToolError(toolMessages.timeUnknownOption(key));
    }
    const record = options as Record<string, unknown>;
    const warmup = readCount(record, 'warmup', 2, 0);
    const runs = readCount(record, 'runs', 10, 1);
    for (let i = 0; i < warmup; i++) await callOnce(fn);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(await callOnce(fn));
    return {
      median: median(samples),
      mean: samples.reduce((sum, value) => sum + value, 0) / samples.length,
      min: Math.min(...samples),
      max: Math.max(...samples),
      samples,
    };
  };
}
