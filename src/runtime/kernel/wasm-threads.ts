/**
 * How many threads the tfjs WASM backend computes with. Threads need SharedArrayBuffer, so only a
 * cross-origin isolated page gets more than one. The counts (the kernel's: every core but one;
 * every core, for the benchmark) and why are in `../wasm-thread-counts.ts`.
 *
 * tfjs's own default is half the logical cores. Set the count before the backend initialises:
 * tfjs reads it once, when `setBackend('wasm')` first creates the backend.
 *
 * tfjs-backend-wasm 4.x also caps whatever `setThreadsCount` asks at
 * `navigator.hardwareConcurrency / 2` (`num_cores` in its backend.cc, read when the module is
 * instantiated), assuming two hyperthreads per core. `withWasmThreadCap` lifts that cap while the
 * backend starts; the kernel then reports the count tfjs really started (`getThreadsCount`), so
 * an upgrade that changes this shows in the kernel bar, the speed page and figure 5.
 */
import { setThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { kernelWasmThreadCount, threadEnvironmentHere } from '../wasm-thread-counts';

/** Tells tfjs how many threads to start; `count` defaults to the kernel's count here (every core but one). */
export function configureWasmThreads(count: number = kernelWasmThreadCount(threadEnvironmentHere())): number {
  if (!Number.isInteger(count) || count < 1) throw new Error(`the WASM thread count must be a whole number ≥ 1, got ${count}`);
  setThreadsCount(count);
  return count;
}

/** The navigator whose core count the WASM module reads while it starts. */
export interface CoreCountScope {
  readonly navigator?: object;
}

/**
 * Runs `start` (which starts the WASM backend) with `navigator.hardwareConcurrency` reading
 * 2 × `threads`, so that tfjs's half-the-cores cap allows `threads`; restores it afterwards.
 * Nothing else runs in the worker meanwhile (no learner code has run yet).
 */
export async function withWasmThreadCap<T>(threads: number, start: () => Promise<T>, scope: CoreCountScope = globalThis): Promise<T> {
  const navigator = scope.navigator;
  if (!navigator || threads <= 1) return start();
  const own = Object.getOwnPropertyDescriptor(navigator, 'hardwareConcurrency');
  Object.defineProperty(navigator, 'hardwareConcurrency', { value: threads * 2, configurable: true });
  try {
    return await start();
  } finally {
    if (own) Object.defineProperty(navigator, 'hardwareConcurrency', own);
    else delete (navigator as { hardwareConcurrency?: number }).hardwareConcurrency;
  }
}
