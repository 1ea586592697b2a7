/**
 * Refuses, before it happens, an allocation the WASM backend cannot hold. WebAssembly memory is
 * capped (at most 4 GB, less in practice); past it, a failed allocation can corrupt the backend's
 * heap and crash later runs. Checking the size first turns `tf.ones([3e4, 1]).matMul(...)`
 * (3.6 GB) into a clear error, and the kernel goes on.
 */
import { runMessages } from '../run-messages';

/** The largest tensor the WASM backend is asked to allocate. */
export const WASM_TENSOR_LIMIT_BYTES = 1024 ** 3;

/** Thrown instead of an allocation larger than the backend can hold. */
export class TensorTooLargeError extends RangeError {
  override readonly name = 'TensorTooLargeError';
  constructor(shape: readonly number[], dtype: string, bytes: number, limit: number) {
    super(runMessages.tensorTooLarge(dtype, shape, bytes, limit));
  }
}

/**
 * The allocating methods of tfjs-backend-wasm 4.22 (`BackendWasm`), where each takes its shape
 * and dtype, and how many parameters it declares:
 * `write(values, shape, dtype)`, `move(dataId, values, shape, dtype, refCount)`,
 * `makeOutput(shape, dtype, memoryOffset?, values?)`. These are internal methods, so a tfjs
 * upgrade may move them: `guardAllocations` checks each method's declared arity before wrapping
 * it and reports what it could not guard, and test/runtime/kernel/memory-guard.test.ts runs the
 * guard on the real WASM backend, so an upgrade that breaks the positions fails that test.
 */
export const WASM_ALLOCATORS = {
  write: { shape: 1, dtype: 2, arity: 3 },
  move: { shape: 2, dtype: 3, arity: 5 },
  makeOutput: { shape: 0, dtype: 1, arity: 4 },
} as const satisfies Record<string, { shape: number; dtype: number; arity: number }>;

/** Bytes a tensor of `shape` and `dtype` needs (strings are not counted). */
export function tensorBytes(shape: readonly number[], dtype: string): number {
  if (dtype === 'string') return 0;
  const perElement = dtype === 'complex64' ? 8 : 4;
  return shape.reduce((size, dim) => size * dim, 1) * perElement;
}

/**
 * Wraps the allocating methods of `backend` so an allocation over `limit` bytes throws first.
 * Returns the names of the methods it could not guard (missing, or declaring another number of
 * parameters than `WASM_ALLOCATORS` expects); an empty list means every allocation is guarded.
 */
export function guardAllocations(backend: object, limit = WASM_TENSOR_LIMIT_BYTES): string[] {
  const methods = backend as Record<string, unknown>;
  const unguarded: string[] = [];
  for (const [name, at] of Object.entries(WASM_ALLOCATORS)) {
    const original = methods[name];
    if (typeof original !== 'function' || original.length !== at.arity) {
      unguarded.push(name);
      continue;
    }
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
  return unguarded;
}
