/**
 * The memory guard on the real tfjs WASM backend (in node): pins the internal method positions
 * that `WASM_ALLOCATORS` relies on, so a tfjs upgrade that moves them fails here rather than
 * silently letting a huge allocation through in the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { guardAllocations, TensorTooLargeError, WASM_ALLOCATORS } from '../../../src/runtime/kernel/memory-guard';

const LIMIT_BYTES = 4096;

describe('guardAllocations on the WASM backend', () => {
  let onCpu: tf.Tensor;

  beforeAll(async () => {
    await tf.setBackend('cpu');
    onCpu = tf.ones([2000]);
    expect(await tf.setBackend('wasm')).toBe(true);
    expect(guardAllocations(tf.backend(), LIMIT_BYTES)).toEqual([]);
  });

  afterAll(() => {
    tf.disposeVariables();
    onCpu.dispose();
  });

  it('lets tensors under the limit through and computes as before', async () => {
    const before = tf.memory().numTensors;
    const product = tf.tidy(() =>
      tf
        .ones([4, 8])
        .matMul(tf.ones([8, 4]))
        .sum(),
    );
    expect(await product.data()).toEqual(new Float32Array([128]));
    product.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('finds the shape and dtype where tfjs passes them to each allocating method', () => {
    const backend = tf.backend() as unknown as Record<string, (...args: unknown[]) => unknown>;
    const seen: Record<string, { shape: unknown; dtype: unknown }[]> = {};
    const originals = Object.keys(WASM_ALLOCATORS).map((name) => [name, backend[name]!] as const);
    for (const [name, original] of originals) {
      const at = WASM_ALLOCATORS[name as keyof typeof WASM_ALLOCATORS];
      backend[name] = function recorded(this: unknown, ...args: unknown[]) {
        (seen[name] ??= []).push({ shape: args[at.shape], dtype: args[at.dtype] });
        return original.apply(this, args);
      };
    }
    try {
      tf.tidy(() => tf.cast(tf.tensor1d(new Int32Array([1, 2, 3])), 'float32').add(1));
    } finally {
      for (const [name, original] of originals) backend[name] = original;
    }
    expect(seen['write']).toContainEqual({ shape: [3], dtype: 'int32' });
    expect(seen['move']).toContainEqual({ shape: [3], dtype: 'int32' });
    expect(seen['makeOutput']).toContainEqual({ shape: [3], dtype: 'float32' });
  });

  it('refuses a tensor written from values (write)', () => {
    expect(() => tf.tensor1d(new Float32Array(2000))).toThrow(TensorTooLargeError);
  });

  it("refuses an op's output (makeOutput)", () => {
    const column = tf.ones([40, 1]);
    expect(() => tf.matMul(column, column, false, true)).toThrow(TensorTooLargeError);
    column.dispose();
  });

  it('refuses a tensor moved in from another backend (move)', () => {
    expect(() => tf.sum(onCpu)).toThrow(TensorTooLargeError);
  });
});
