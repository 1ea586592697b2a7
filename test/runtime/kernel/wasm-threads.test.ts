import { describe, expect, it, vi } from 'vitest';

const setThreadsCount = vi.fn();
vi.mock('@tensorflow/tfjs-backend-wasm', () => ({ setThreadsCount }));
const { configureWasmThreads, withWasmThreadCap } = await import('../../../src/runtime/kernel/wasm-threads.ts');

describe('configureWasmThreads', () => {
  it('hands the count to tfjs, and refuses a count that is not a whole number ≥ 1', () => {
    expect(configureWasmThreads(1)).toBe(1);
    expect(setThreadsCount).toHaveBeenLastCalledWith(1);
    expect(() => configureWasmThreads(0)).toThrow(/whole number ≥ 1, got 0/);
    expect(() => configureWasmThreads(1.5)).toThrow(/got 1.5/);
  });

  it("asks for the kernel's count by default: every core but one when isolated", () => {
    vi.stubGlobal('crossOriginIsolated', true);
    vi.stubGlobal('navigator', { hardwareConcurrency: 8 });
    try {
      expect(configureWasmThreads()).toBe(7);
      expect(setThreadsCount).toHaveBeenLastCalledWith(7);
    } finally {
      vi.unstubAllGlobals();
    }
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
