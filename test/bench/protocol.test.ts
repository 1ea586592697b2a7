import { describe, expect, it } from 'vitest';
import { speedRows, speedTableRows } from '../../src/bench/protocol.ts';

const summary = (counts: { everyCore: number; kernel: number }) =>
  speedRows(['wasm', 'cpu'], counts).map(
    (row) => `${row.key}${row.wasmThreads === undefined ? '' : `/${row.wasmThreads}`}${row.kernelDefault ? ' (kernel)' : ''}`,
  );

describe('the speed tables’ rows', () => {
  it('lists every row the page renders: WASM on every core, on the kernel’s count, on one thread', () => {
    expect(speedTableRows(['webgl', 'wasm']).map((row) => row.key)).toEqual(['webgl', 'wasm', 'wasm-kernel', 'wasm-one-thread']);
  });

  it('on 2 cores measures every core and one thread; the kernel runs as the one-thread row', () => {
    expect(summary({ everyCore: 2, kernel: 1 })).toEqual(['wasm/2', 'wasm-one-thread/1 (kernel)', 'cpu (kernel)']);
  });

  it('on 8 cores adds a row for the kernel’s 7 threads, between every core and one thread', () => {
    expect(summary({ everyCore: 8, kernel: 7 })).toEqual(['wasm/8', 'wasm-kernel/7 (kernel)', 'wasm-one-thread/1', 'cpu (kernel)']);
  });

  it('not isolated (one thread everywhere) marks only the first WASM row as the kernel’s', () => {
    expect(summary({ everyCore: 1, kernel: 1 })).toEqual(['wasm/1 (kernel)', 'wasm-one-thread/1', 'cpu (kernel)']);
  });
});
