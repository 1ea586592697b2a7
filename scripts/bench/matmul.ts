/**
 * Figure 5: matmul GFLOP/s at 256², 512², 1024² on each tfjs backend in headless Chromium (the
 * speed page's bare workers), beside numpy + OpenBLAS on the same machine in the same run.
 */
import type { BenchContext, Measured, RunnableFigure } from './context.ts';
import type { Measurement } from './figure.ts';
import { measureNumpy } from './numpy-baseline.ts';
import { MATMUL, runSpeedPage } from './speed-page.ts';

const SIZES = [256, 512, 1024] as const;

export const matmulFigure: RunnableFigure = {
  number: 5,
  title: 'Matmul GFLOP/s per backend vs a native numpy baseline',
  how: 'speed page (/speed/) → "Measure matrix multiply": a fresh bare worker per backend, float32 n×n·n×n, 2 warm-ups then median of ≥3 runs (≈1.5 s per size) incl. read-back; numpy: python3 `a @ b`, 3 warm-ups, median of 10–30 runs, OpenBLAS default threads and OPENBLAS_NUM_THREADS=1',
  async measure(context: BenchContext): Promise<Measured> {
    const numpy = measureNumpy(SIZES);
    const rows = await runSpeedPage(context, MATMUL);
    const notes: string[] = [];
    const measurements: Measurement[] = [];
    if (numpy.ok) {
      notes.push(`numpy ${numpy.numpyVersion}, ${numpy.blas}, OpenBLAS core ${numpy.coretype || '?'} (OPENBLAS_CORETYPE=${process.env['OPENBLAS_CORETYPE'] ?? 'unset'})`);
      for (const run of numpy.runs) {
        for (const size of SIZES) {
          measurements.push({
            label: `numpy ${run.threads} thread${run.threads === 1 ? '' : 's'} ${size}²`,
            value: run.gflops[size] ?? NaN,
            unit: 'GFLOP/s',
            detail: `(best run ${(run.best[size] ?? NaN).toFixed(1)})`,
          });
        }
      }
    } else {
      notes.push(numpy.reason);
    }
    const [allThreads, oneThread] = numpy.ok ? numpy.runs : [];
    for (const row of rows) {
      const label = `tfjs ${row.backend}${row.note ? ` (${row.note})` : ''}`;
      for (const size of SIZES) {
        const value = row.cells[String(size)];
        if (typeof value !== 'number') {
          notes.push(`${label} ${size}²: ${value ?? 'no value'}`);
          continue;
        }
        const ratios = [oneThread, allThreads]
          .filter((run) => run !== undefined)
          .map((run) => `${(value / (run.gflops[size] ?? NaN)).toFixed(3)}× numpy ${run.threads}T`);
        measurements.push({ label: `${label} ${size}²`, value, unit: 'GFLOP/s', detail: ratios.length > 0 ? `(${ratios.join(', ')})` : '' });
      }
    }
    return { measurements, notes };
  },
};
