/**
 * Times a float32 n×n · n×n matmul on the current tfjs backend: warm-up first (shader
 * compilation, kernel caches), then the median of timed runs, each ending in a read-back so a
 * GPU backend's queued work is counted.
 */
import type { Tf } from '../runtime/tools/tf-type.ts';

/** How long to keep timing one size: at least `minRuns`, until `budgetMs` is spent or `maxRuns` reached. */
export interface MatmulPlan {
  readonly warmup: number;
  readonly minRuns: number;
  readonly maxRuns: number;
  readonly budgetMs: number;
}

/** The plan the speed page uses: about 1.5 s per size on fast backends, 3 runs on slow ones. */
export const DEFAULT_MATMUL_PLAN: MatmulPlan = { warmup: 2, minRuns: 3, maxRuns: 25, budgetMs: 1500 };

/** The timing of one size. */
export interface MatmulTiming {
  readonly size: number;
  readonly medianMs: number;
  readonly runs: number;
  /** 2·n³ floating-point operations per matmul, per second, in billions. */
  readonly gflops: number;
}

/** GFLOP/s of an n×n · n×n matmul that took `ms` milliseconds. */
export function matmulGflops(size: number, ms: number): number {
  return (2 * size ** 3) / (ms / 1000) / 1e9;
}

/** Median of a non-empty list. */
function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Times one size on `tf`'s current backend; allocates nothing that outlives the call. */
export async function timeMatmul(tf: Tf, size: number, plan: MatmulPlan = DEFAULT_MATMUL_PLAN): Promise<MatmulTiming> {
  const a = tf.randomUniform([size, size], -1, 1, 'float32');
  const b = tf.randomUniform([size, size], -1, 1, 'float32');
  const once = async (): Promise<number> => {
    const start = performance.now();
    const product = tf.matMul(a, b);
    await product.data();
    const elapsed = performance.now() - start;
    product.dispose();
    return elapsed;
  };
  try {
    for (let i = 0; i < plan.warmup; i += 1) await once();
    const samples: number[] = [];
    let spent = 0;
    while (samples.length < plan.minRuns || (spent < plan.budgetMs && samples.length < plan.maxRuns)) {
      const ms = await once();
      samples.push(ms);
      spent += ms;
    }
    const medianMs = medianOf(samples);
    return { size, medianMs, runs: samples.length, gflops: matmulGflops(size, medianMs) };
  } finally {
    a.dispose();
    b.dispose();
  }
}
