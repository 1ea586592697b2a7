/**
 * Refuses, before it happens, an allocation the WASM backend cannot hold. WebAssembly memory is
 * capped (at most 4 GB, less in practice); past it, a failed allocation can corrupt the backend's
 * heap and crash later runs. Checking the size first turns `tf.ones([3e4, 1]).matMul(...)`
 * (3.6 GB) into a clear error, and the kernel goes on.
 */
import * as tf from '@tensorflow/tfjs';
import { formatBytes } from '../messages';

/** The largest tensor the WASM backend is asked to allocate. */
export const WASM_TENSOR_LIMIT_BYTES = 1024 ** 3;

/** Thrown instead of an allocation larger than the backend can hold. */
export class TensorTooLargeError extends RangeError {
  override readonly name = 'TensorTooLargeError';
  constructor(shape: readonly number[], dtype: string, bytes: number, limit: number) {
    super(`a ${dtype} tensor of shape [${shape.join(', ')}] needs ${formatBytes(bytes)}; this backend holds at most ${formatBytes(limit)} per tensor`);
  }
}

/** Where each allocating method of the backend takes its shape and dtype. */
const ALLOCATORS: Record<string, { shape: number; dtype: number }> = {
  write: { shape: 1, dtype: 2 },
  move: { shape: 2, dtype: 3 },
  makeOutput: { shape: 0, dtype: 1 },
};

/** Bytes a tensor of `shape` and `dtype` needs (strings are not counted). */
export function tensorBytes(shape: readonly number[], dtype: string): number {
  if (dtype === 'string') return 0;
  const perElement = dtype === 'complex64' ? 8 : 4;
  return shape.reduce((size, dim) => size * dim, 1) * perElement;
}

/** Wraps the allocating methods of `backend` so an allocation over `limit` bytes throws first. */
export function guardAllocations(backend: object, limit = WASM_TENSOR_LIMIT_BYTES): void {
  const methods = backend as Record<string, unknown>;
  for (const [name, at] of Object.entries(ALLOCATORS)) {
    const original = methods[name];
    if (typeof original !== 'function') continue;
    methods[name] = function guarded(this: unknown, ...args: unknown[]) {
      const shape = args[at.shape];
      const dtype = args[at.dtype];
      if (Array.isArray(shape) && typeof dtype === 'string') {
        const bytes = tensorBytes(shape as number[], dtype);
        if (bytes > limit) throw new TensorTooLargeError(shape as number[], dtype, bytes, limit);
      }
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}

/** Guards the current backend when it is WASM. */
export function guardCurrentBackend(): void {
  if (tf.getBackend() === 'wasm') guardAllocations(tf.backend());
}
