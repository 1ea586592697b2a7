/**
 * How many threads the tfjs WASM backend should compute with, in two counts. Pure (no tfjs), so
 * the page can compute them too: the kernel bar, and the speed page, which asks its bare workers
 * for them explicitly. Threads need SharedArrayBuffer, so only a cross-origin isolated page gets
 * more than one.
 *
 * - `kernelWasmThreadCount`, the lesson kernel's default: every core but one (at least one). The
 *   page that shows the output (chart, progress bar, messages) runs on the same machine while the
 *   kernel trains; with every core in the WASM pool the page's drawing takes a core from it and
 *   every parallel op waits for its descheduled half. Measured on 2 cores (BENCHMARKS.md,
 *   figures 5 and 6): lesson 1's net trained at 0.70× on 2 threads against one thread, and the
 *   lesson cell ÷ bare worker ratio fell from 0.97 (one thread) to 0.85 (2 threads).
 * - `everyCoreWasmThreadCount`: every logical core, what large matmuls gain from (1.85× at 1024²
 *   on 2 cores). The speed page and the benchmark ask for it explicitly.
 *
 * tfjs's own default would be half the logical cores (`kernel/wasm-threads.ts` sets the count).
 */

/** What decides the thread count: isolation (threads at all) and the browser's core count. */
export interface ThreadEnvironment {
  readonly crossOriginIsolated: boolean;
  readonly hardwareConcurrency: number | undefined;
}

/** The logical cores, or 1 when unknown or not a whole number ≥ 1. */
function coreCount(hardwareConcurrency: number | undefined): number {
  const cores = Math.floor(hardwareConcurrency ?? 1);
  return Number.isFinite(cores) && cores > 1 ? cores : 1;
}

/** Every logical core when isolated, else 1 (tfjs then loads its single-threaded SIMD binary). */
export function everyCoreWasmThreadCount({ crossOriginIsolated, hardwareConcurrency }: ThreadEnvironment): number {
  return crossOriginIsolated ? coreCount(hardwareConcurrency) : 1;
}

/**
 * The lesson kernel's count: every core but one when isolated (one core is left to the page that
 * draws the output; see above), at least 1; else 1. On 2 cores: 1; on 8 cores: 7.
 */
export function kernelWasmThreadCount(environment: ThreadEnvironment): number {
  return Math.max(1, everyCoreWasmThreadCount(environment) - 1);
}

/** The environment of this worker (or page): a worker sees its page's isolation and core count. */
export function threadEnvironmentHere(): ThreadEnvironment {
  return { crossOriginIsolated: globalThis.crossOriginIsolated === true, hardwareConcurrency: globalThis.navigator?.hardwareConcurrency };
}
