/**
 * The messages between the speed page (or the benchmark script driving it) and the bare
 * benchmark worker: one request per worker, several replies, ending in `done` or `error`.
 */
import type { Locale } from '../i18n/locales';
import type { BackendName } from '../runtime/backend-names';

/** Matrix sizes n of the n×n · n×n matmul table. */
export const MATMUL_SIZES = [256, 512, 1024] as const;

/** Which thread count a WASM row asks for (see `src/runtime/kernel/wasm-threads.ts`). */
export type WasmRowThreads = 'every-core' | 'kernel' | 'one';

/** A row of the speed tables: a backend, and for WASM which thread count. The page renders every one. */
export interface SpeedTableRow {
  /** The row's data-row key: the backend name, or one of the WASM_* keys below. */
  readonly key: string;
  readonly backend: BackendName;
  /** WASM rows only. */
  readonly threads?: WasmRowThreads;
}

/** WASM on every core, asked for explicitly (not the kernel's default): what large matmuls gain. */
export const WASM_EVERY_CORE_ROW = 'wasm';
/** WASM on the kernel's count (every core but one); measured only where it differs from both others (> 2 cores). */
export const WASM_KERNEL_ROW = 'wasm-kernel';
/** WASM held to one thread, measured right after WASM on every core. */
export const WASM_ONE_THREAD_ROW = 'wasm-one-thread';

/** Every row the tables have, in order, for the backends `backends`. */
export function speedTableRows(backends: readonly BackendName[]): SpeedTableRow[] {
  return backends.flatMap((backend): SpeedTableRow[] =>
    backend === 'wasm'
      ? [
          { key: WASM_EVERY_CORE_ROW, backend, threads: 'every-core' },
          { key: WASM_KERNEL_ROW, backend, threads: 'kernel' },
          { key: WASM_ONE_THREAD_ROW, backend, threads: 'one' },
        ]
      : [{ key: backend, backend }],
  );
}

/** The two WASM thread counts of this machine (`everyCoreWasmThreadCount`, `kernelWasmThreadCount`). */
export interface WasmThreadCounts {
  readonly everyCore: number;
  readonly kernel: number;
}

/** A row to measure: its worker's WASM thread count, and whether it is what a lesson kernel runs. */
export interface SpeedRowSpec extends SpeedTableRow {
  /** WASM rows: the thread count the bare worker is asked for. */
  readonly wasmThreads?: number;
  /** The configuration a lesson kernel on this backend starts with (one row per backend). */
  readonly kernelDefault: boolean;
}

/**
 * The rows to measure for `backends` on a machine with `counts`: WASM on every core and on one
 * thread, and on the kernel's count when that is neither (more than 2 cores). The kernel's row is
 * the first WASM row whose count is the kernel's.
 */
export function speedRows(backends: readonly BackendName[], counts: WasmThreadCounts): SpeedRowSpec[] {
  const threadsOf: Record<WasmRowThreads, number> = { 'every-core': counts.everyCore, kernel: counts.kernel, one: 1 };
  return backends.flatMap((backend): SpeedRowSpec[] => {
    const rows = speedTableRows([backend]);
    if (backend !== 'wasm') return rows.map((row) => ({ ...row, kernelDefault: true }));
    const measured = rows.filter((row) => row.threads !== 'kernel' || (counts.kernel !== counts.everyCore && counts.kernel !== 1));
    const kernelRow = measured.find((row) => threadsOf[row.threads ?? 'kernel'] === counts.kernel);
    return measured.map((row) => ({ ...row, wasmThreads: threadsOf[row.threads ?? 'kernel'], kernelDefault: row === kernelRow }));
  });
}

/**
 * What the page asks one bare worker to measure, on one backend (`wasmThreads`: absent = the
 * kernel's count). The page's language goes with it (a worker has no document), for the errors
 * the worker reports.
 */
export type BenchRequest = { readonly locale?: Locale } & (
  | { readonly type: 'matmul'; readonly backend: BackendName; readonly sizes: readonly number[]; readonly wasmThreads?: number }
  | {
      readonly type: 'train';
      readonly backend: BackendName;
      readonly epochs: number;
      readonly batchSize: number;
      readonly wasmThreads?: number;
    }
);

/** Throughput of one training run (the lesson 1 net on the digits, no UI). */
export interface TrainFigures {
  /** Training examples per epoch. */
  readonly samples: number;
  readonly epochs: number;
  /** Milliseconds in `model.fit` alone. */
  readonly fitMs: number;
  /** Milliseconds for the whole run: load the (cached) digits, one-hot, build, compile, fit. */
  readonly totalMs: number;
  /** epochs × samples / fit seconds. */
  readonly fitSamplesPerSecond: number;
  /** Loss after the last epoch (shows the run really learned). */
  readonly finalLoss: number;
  /** How many measured runs this is the median of (by fit time); 1 for a single run. */
  readonly runs: number;
}

/**
 * How many measured training runs the bare worker makes after its warm-up, reporting the median
 * (fewer on a slow backend). Figure 6 takes the median of as many lesson-cell Runs per round, so
 * both sides of its ratio are the same statistic: a median of three is less pulled up by one slow
 * run than the mean of two, and on a noisy machine unequal statistics bias the ratio.
 */
export const MEASURED_TRAINING_RUNS = 3;

/** What the bare worker reports. */
export type BenchReply =
  | {
      readonly type: 'backend';
      readonly backend: BackendName;
      readonly available: boolean;
      /** WebGL: drawn by the graphics card or a software renderer. The page words it (speedMessages.backendNote). */
      readonly renderer?: 'gpu' | 'software';
      /** WASM: the threads it runs on, and whether the page is cross-origin isolated. */
      readonly wasmThreads?: number;
      readonly isolated?: boolean;
    }
  | { readonly type: 'matmul'; readonly size: number; readonly medianMs: number; readonly gflops: number; readonly runs: number }
  | ({ readonly type: 'train'; readonly run: 'warm-up' | 'measured' } & TrainFigures)
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string };
