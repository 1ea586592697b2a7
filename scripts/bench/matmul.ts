/**
 * Figure 5: matmul GFLOP/s at 256², 512², 1024² on each tfjs backend in headless Chromium (the
 * speed page's bare workers) — WASM both on every core and on one thread, in the same run — beside
 * numpy + OpenBLAS on the same machine, at one thread and at its default threads.
 */
import { WASM_EVERY_CORE_ROW, WASM_ONE_THREAD_ROW } from '../../src/bench/protocol.ts';
import type { BenchContext, Measured, RunnableFigure } from './context.ts';
import type { Measurement } from './figure.ts';
import { measureNumpy, type NumpyRun } from './numpy-baseline.ts';
import { MATMUL, runSpeedPage, type SpeedRow } from './speed-page.ts';
import { TARGETS } from './targets.ts';

const SIZES = [256, 512, 1024] as const;
const LARGEST = 1024;

const threadsLabel = (run: NumpyRun) => `${run.threads} thread${run.threads === 1 ? '' : 's'}`;

/** The row's GFLOP/s at `size`, or undefined when it has none. */
const gflopsOf = (row: SpeedRow | undefined, size: number) => {
  const value = row?.cells[String(size)];
  return typeof value === 'number' ? value : undefined;
};

export const matmulFigure: RunnableFigure = {
  number: 5,
  title: 'Matmul GFLOP/s per backend (WASM on every core and on one thread) vs a native numpy baseline',
  how: 'speed page (/speed/) → "Measure matrix multiply": a fresh bare worker per backend (WASM on every core, asked for explicitly; on the kernel\'s every core but one where that is neither; held to one thread; then once more with the page served without COOP/COEP, so not isolated: the single-threaded SIMD binary), float32 n×n·n×n, 2 warm-ups then median of ≥3 runs (≈1.5 s per size) incl. read-back; numpy: python3 `a @ b`, 3 warm-ups, median of 10–30 runs, OpenBLAS default threads and OPENBLAS_NUM_THREADS=1',
  async measure(context: BenchContext): Promise<Measured> {
    const numpy = measureNumpy(SIZES);
    const { rows, wasmBinaries } = await runSpeedPage(context, MATMUL);
    const notes: string[] = [`WASM binaries the workers fetched: ${wasmBinaries.length > 0 ? wasmBinaries.join(', ') : 'none seen'}`];
    const measurements: Measurement[] = [];
    if (numpy.ok) {
      notes.push(
        `numpy ${numpy.numpyVersion}, ${numpy.blas}, OpenBLAS core ${numpy.coretype || '?'} (OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE from the environment: ${numpy.overrides})`,
      );
      for (const run of numpy.runs) {
        for (const size of SIZES) {
          measurements.push({
            label: `numpy ${threadsLabel(run)} ${size}²`,
            value: run.gflops[size] ?? NaN,
            unit: 'GFLOP/s',
            detail: `(best run ${(run.best[size] ?? NaN).toFixed(1)})`,
          });
        }
      }
    } else {
      notes.push(numpy.reason);
    }
    const [defaultThreads, oneThread] = numpy.ok ? numpy.runs : [];
    const baselines = [oneThread, defaultThreads].filter((run) => run !== undefined);
    for (const row of rows) {
      const label = `tfjs ${row.row}${row.note ? ` (${row.note})` : ''}`;
      for (const size of SIZES) {
        const value = gflopsOf(row, size);
        if (value === undefined) {
          notes.push(`${label} ${size}²: ${row.cells[String(size)] ?? 'no value'}`);
          continue;
        }
        const ratios = baselines.map((run) => `${(value / (run.gflops[size] ?? NaN)).toFixed(3)}× numpy ${run.threads}T`);
        measurements.push({
          label: `${label} ${size}²`,
          value,
          unit: 'GFLOP/s',
          detail: ratios.length > 0 ? `(${ratios.join(', ')})` : '',
        });
      }
    }

    // WASM: every core against one thread, and both against numpy, at the largest size.
    const all = rows.find((row) => row.row === WASM_EVERY_CORE_ROW);
    const one = rows.find((row) => row.row === WASM_ONE_THREAD_ROW);
    const allGflops = gflopsOf(all, LARGEST);
    const oneGflops = gflopsOf(one, LARGEST);
    if (allGflops !== undefined && oneGflops !== undefined) {
      measurements.push({
        label: `WASM ${LARGEST}²: every core ÷ one thread`,
        value: allGflops / oneGflops,
        unit: '×',
        digits: 2,
        target: TARGETS.wasmThreadSpeedup,
        detail: `(${allGflops.toFixed(1)} vs ${oneGflops.toFixed(1)} GFLOP/s; ${all?.note ?? '?'})`,
      });
      for (const [name, gflops] of [
        ['every core', allGflops],
        ['one thread', oneGflops],
      ] as const) {
        for (const run of baselines) {
          measurements.push({
            label: `WASM ${name} ÷ numpy ${threadsLabel(run)}, ${LARGEST}²`,
            value: gflops / (run.gflops[LARGEST] ?? NaN),
            unit: '×',
            digits: 3,
          });
        }
      }
      // What a lesson kernel gets: every core but one (on 2 cores the one-thread row).
      const kernel = rows.find((row) => row.backend === 'wasm' && row.kernelDefault);
      const kernelGflops = gflopsOf(kernel, LARGEST);
      if (kernel && kernelGflops !== undefined) {
        measurements.push({
          label: `WASM ${LARGEST}², the kernel's configuration (${kernel.row}; ${kernel.note})`,
          value: kernelGflops,
          unit: 'GFLOP/s',
          detail: `(${(kernelGflops / allGflops).toFixed(2)}× every core)`,
        });
      }
    } else {
      notes.push(
        `WASM every core vs one thread not measured: ${all ? '' : 'no WASM row; '}${one ? '' : 'no one-thread row; '}the speed page gave no ${LARGEST}² figure for both`,
      );
    }

    // Which binary costs what: the same page without cross-origin isolation loads tfjs's
    // single-threaded SIMD binary instead of the threaded SIMD one (run on one thread above).
    const plain = await runSpeedPage(context, MATMUL, { isolated: false, backend: 'wasm' });
    const simd = plain.rows.find((row) => row.row === 'wasm');
    const simdGflops = gflopsOf(simd, LARGEST);
    if (simdGflops !== undefined) {
      measurements.push({
        label: `WASM not isolated (SIMD binary, ${simd?.note || '1 thread'}) ${LARGEST}²`,
        value: simdGflops,
        unit: 'GFLOP/s',
        detail: oneGflops === undefined ? '' : `(${(simdGflops / oneGflops).toFixed(2)}× the threaded SIMD binary on one thread)`,
      });
    }
    notes.push(`not isolated, binaries fetched: ${plain.wasmBinaries.join(', ') || 'none seen'}`);
    return { measurements, notes };
  },
};
