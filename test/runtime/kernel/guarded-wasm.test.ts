/**
 * A WASM backend a cell switches to (`tf.setBackend('wasm')`, as lesson 8 does) is guarded like
 * the one the kernel starts with: the factory itself is wrapped (src/runtime/kernel/guarded-wasm.ts).
 * In node, on the real tfjs WASM backend.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { guardWasmBackends } from '../../../src/runtime/kernel/guarded-wasm';
import { TensorTooLargeError } from '../../../src/runtime/kernel/memory-guard';

const LIMIT_BYTES = 4096;

describe('guardWasmBackends', () => {
  const reported: string[][] = [];
  afterAll(() => tf.disposeVariables());

  it('wraps the WASM factory once, before any WASM backend starts', async () => {
    await tf.setBackend('cpu');
    expect(guardWasmBackends(1, LIMIT_BYTES, (methods) => reported.push(methods))).toBe(true);
    const factory = tf.findBackendFactory('wasm');
    expect(guardWasmBackends(1, LIMIT_BYTES, (methods) => reported.push(methods))).toBe(true);
    expect(tf.findBackendFactory('wasm')).toBe(factory);
  });

  it('guards a WASM backend that learner code switches to, and it computes as before', async () => {
    expect(await tf.setBackend('wasm')).toBe(true);
    expect(tf.getBackend()).toBe('wasm');
    expect(reported).toEqual([]); // every allocating method recognised
    const sum = tf.tidy(() =>
      tf
        .ones([4, 8])
        .matMul(tf.ones([8, 4]))
        .sum(),
    );
    expect(await sum.data()).toEqual(new Float32Array([128]));
    sum.dispose();
    expect(() => tf.tensor1d(new Float32Array(2000))).toThrow(TensorTooLargeError);
  });

  it('keeps guarding after the cell switches away and back', async () => {
    await tf.setBackend('cpu');
    expect(tf.tensor1d(new Float32Array(2000)).size).toBe(2000); // the cpu backend has no such cap
    await tf.setBackend('wasm');
    expect(() => tf.zeros([40, 40])).toThrow(TensorTooLargeError);
  });
});
