/**
 * Every WASM backend the kernel's tfjs creates is made the kernel's way, whoever asks for it: the
 * kernel choosing its backend, or a learner's cell calling `tf.setBackend('wasm')` (lesson 8
 * compares ops across backends that way). The registered factory is wrapped once, before any
 * backend starts, so each new WASM backend starts with the kernel's thread count (the core-count
 * cap lifted, `wasm-threads.ts`) and has its allocations guarded (`memory-guard.ts`). Guarding
 * only the backend chosen at start-up left a backend a cell switched to unguarded.
 */
import * as tf from '@tensorflow/tfjs';
import { guardAllocations, WASM_TENSOR_LIMIT_BYTES } from './memory-guard';
import { withWasmThreadCap } from './wasm-threads';

/** tfjs-backend-wasm registers itself at this priority (its base.ts). */
const WASM_PRIORITY = 2;

const wrapped = new WeakSet<object>();

/** What the wrapper does with each new backend's unguarded methods (a console warning by default). */
export type UnguardedReport = (methods: string[]) => void;

const warnUnguarded: UnguardedReport = (methods) =>
  console.warn(
    `runfirst: the WASM memory guard does not recognise ${methods.join(', ')} in this tfjs version; large allocations are not checked.`,
  );

/**
 * Re-registers the WASM backend's factory so every backend it makes starts on `threads` threads
 * and is guarded against allocations over `limit` bytes. Call it before any WASM backend starts.
 * Returns false when there is no WASM backend to wrap; wrapping twice is a no-op.
 */
export function guardWasmBackends(threads: number, limit = WASM_TENSOR_LIMIT_BYTES, report: UnguardedReport = warnUnguarded): boolean {
  const factory = tf.findBackendFactory('wasm');
  if (!factory) return false;
  if (wrapped.has(factory)) return true;
  const guarded = async () => {
    const backend = await withWasmThreadCap(threads, async () => factory());
    const unguarded = guardAllocations(backend, limit);
    if (unguarded.length > 0) report(unguarded);
    return backend;
  };
  wrapped.add(guarded);
  tf.removeBackend('wasm');
  tf.registerBackend('wasm', guarded, WASM_PRIORITY);
  return true;
}
