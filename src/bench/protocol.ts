/**
 * The messages between the speed page (or the benchmark script driving it) and the bare
 * benchmark worker: one request per worker, several replies, ending in `done` or `error`.
 */
import type { BackendName } from '../runtime/backend-names';

/** Matrix sizes n of the n×n · n×n matmul table. */
export const MATMUL_SIZES = [256, 512, 1024] as const;

/** A row of the speed tables: a backend, and for WASM also on one thread (to show what threads add). */
export interface SpeedRowSpec {
  /** The row's data-row key: the backend name, or `wasm-one-thread`. */
  readonly key: string;
  readonly backend: BackendName;
  /** WASM threads for this row; absent = the kernel's default (every core when isolated). */
  readonly wasmThreads?: number;
}

/** The extra row: WASM held to one thread, measured right after WASM on every core. */
export const WASM_ONE_THREAD_ROW = 'wasm-one-thread';

/** The speed tables' rows, in order, for the backends `backends`. */
export function speedRows(backends: readonly BackendName[]): SpeedRowSpec[] {
  return backends.flatMap((backend): SpeedRowSpec[] =>
    backend === 'wasm' ? [{ key: backend, backend }, { key: WASM_ONE_THREAD_ROW, backend, wasmThreads: 1 }] : [{ key: backend, backend }],
  );
}

/** What the page asks one bare worker to measure, on one backend (`wasmThreads`: see SpeedRowSpec). */
export type BenchRequest =
  | { readonly type: 'matmul'; readonly backend: BackendName; readonly sizes: readonly number[]; readonly wasmThreads?: number }
  | { readonly type: 'train'; readonly backend: BackendName; readonly epochs: number; readonly batchSize: number; readonly wasmThreads?: number };

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

/** What the bare worker reports. */
export type BenchReply =
  | { readonly type: 'backend'; readonly backend: BackendName; readonly available: boolean; readonly note: string }
  | { readonly type: 'matmul'; readonly size: number; readonly medianMs: number; readonly gflops: number; readonly runs: number }
  | ({ readonly type: 'train'; readonly run: 'warm-up' | 'measured' } & TrainFigures)
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string };
