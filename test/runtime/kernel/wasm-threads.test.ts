import { describe, expect, it, vi } from 'vitest';

const setThreadsCount = vi.fn();
vi.mock('@tensorflow/tfjs-backend-wasm', () => ({ setThreadsCount }));
const { configureWasmThreads, wasmThreadCount, withWasmThreadCap } = await import('../../../src/runtime/kernel/wasm-threads.ts');

describe('WASM thread count', () => {
  it('uses every core when cross-origin isolated (tfjs alone would use half)', () => {
    expect(wasmThreadCount({ crossOriginIsolated: true, hardwareConcurrency: 2 })).toBe(2);
    expect(wasmThreadCount({ crossOriginIsolated: true, hardwareConcurrency: 16 })).toBe(16);
  });

  it('uses one thread when not isolated, or when the core count is unknown', () => {
    expect(wasmThreadCount({ crossOriginIsolated: false, hardwareConcurrency: 8 })).toBe(1);
    expect(wasmThreadCount({ crossOriginIsolated: true, hardwareConcurrency: undefined })).toBe(1);
    expect(wasmThreadCount({ crossOriginIsolated: true, hardwareConcurrency: 0 })).toBe(1);
  });

  it('hands the count to tfjs, and refuses a count that is not a whole number ≥ 1', () => {
    expect(configureWasmThreads(1)).toBe(1);
    expect(setThreadsCount).toHaveBeenLastCalledWith(1);
    expect(() => configureWasmThreads(0)).toThrow(/whole number ≥ 1, got 0/);
    expect(() => configureWasmThreads(1.5)).toThrow(/got 1.5/);
  });
});

describe('withWasmThreadCap', () => {
  it('reports twice the threads as cores while the backend starts, then the real count again', async () => {
    class FakeNavigator {
      get hardwareConcurrency() {
        return 2;
      }
    }
    const navigator = new FakeNavigator();
    const seen = await withWasmThreadCap(2, async () => navigator.hardwareConcurrency, { navigator });
    expect(seen).toBe(4);
    expect(navigator.hardwareConcurrency).toBe(2);
    expect(Object.getOwnPropertyDescriptor(navigator, 'hardwareConcurrency')).toBeUndefined();
  });

  it('restores the core count when starting fails, and changes nothing for one thread', async () => {
    const navigator = { hardwareConcurrency: 8 };
    await expect(withWasmThreadCap(3, () => Promise.reject(new Error('no wasm')), { navigator })).rejects.toThrow('no wasm');
    expect(navigator.hardwareConcurrency).toBe(8);
    expect(await withWasmThreadCap(1, async () => navigator.hardwareConcurrency, { navigator })).toBe(8);
  });
});
