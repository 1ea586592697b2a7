import { describe, expect, it } from 'vitest';
import { everyCoreWasmThreadCount, kernelWasmThreadCount } from '../../src/runtime/wasm-thread-counts.ts';

const isolated = (hardwareConcurrency: number | undefined) => ({ crossOriginIsolated: true, hardwareConcurrency });

describe('WASM thread counts', () => {
  it('every core: every logical core when cross-origin isolated (tfjs alone would use half)', () => {
    expect(everyCoreWasmThreadCount(isolated(2))).toBe(2);
    expect(everyCoreWasmThreadCount(isolated(8))).toBe(8);
    expect(everyCoreWasmThreadCount(isolated(16))).toBe(16);
  });

  it("the kernel's: every core but one, left to the page that draws the output", () => {
    expect(kernelWasmThreadCount(isolated(2))).toBe(1);
    expect(kernelWasmThreadCount(isolated(8))).toBe(7);
    expect(kernelWasmThreadCount(isolated(16))).toBe(15);
    expect(kernelWasmThreadCount(isolated(1))).toBe(1);
  });

  it('both: one thread when not isolated, or when the core count is unknown', () => {
    for (const count of [everyCoreWasmThreadCount, kernelWasmThreadCount]) {
      expect(count({ crossOriginIsolated: false, hardwareConcurrency: 8 })).toBe(1);
      expect(count(isolated(undefined))).toBe(1);
      expect(count(isolated(0))).toBe(1);
      expect(count(isolated(Number.NaN))).toBe(1);
    }
  });
});
