/**
 * Figure 6: training throughput of lesson 1's dense net (64-32-10) on the digits. Per backend in
 * a bare worker (the speed page, no UI); and the lesson's own training cell with its live chart
 * and progress bar, as a ratio to the bare worker on the backend the kernel chose. Both time the
 * whole warm run (cached data, one-hot, build, 15 epochs of fit with validation).
 */
import { LESSON_TRAINING } from '../../src/bench/train-digits.ts';
import type { BenchContext, Measured, RunnableFigure } from './context.ts';
import { median, NotMeasuredError, type Measurement } from './figure.ts';
import { cellSource, kernelBackend, openLesson, runCell } from './lesson-page.ts';
import { runSpeedPage, type SpeedRow } from './speed-page.ts';
import { findTrainingCell, trainingMismatches } from './training-cell.ts';

const CELL_RUNS = 3;

/** Training examples per epoch, recovered from a bare row (samples/s × fit seconds / epochs). */
const samplesPerEpoch = (row: SpeedRow): number =>
  Math.round(((row.cells['samples-per-second'] as number) * (row.cells['seconds'] as number)) / LESSON_TRAINING.epochs);

async function inCell(context: BenchContext): Promise<{ backend: string; runsMs: number[]; cellId: string }> {
  const lesson = await openLesson(context);
  try {
    const cellId = await findTrainingCell(lesson.page);
    const mismatches = trainingMismatches(await cellSource(lesson.page, cellId));
    if (mismatches.length > 0) {
      throw new Error(`training cell "${cellId}" no longer trains what src/bench/train-digits.ts trains (missing: ${mismatches.join(', ')}); update one of them`);
    }
    const runsMs: number[] = [];
    for (let i = 0; i <= CELL_RUNS; i += 1) {
      const run = await runCell(lesson.page, cellId);
      if (run.outcome !== 'done') throw new Error(`training cell "${cellId}" ended with ${run.outcome}: ${run.statusText}`);
      if (i > 0) runsMs.push(run.doneMs); // run 0 is the warm-up (loads tfjs and the digits)
    }
    return { backend: await kernelBackend(lesson.page), runsMs, cellId };
  } finally {
    await lesson.close();
  }
}

export const trainingFigure: RunnableFigure = {
  number: 6,
  title: 'Training throughput: bare worker per backend, and in a lesson cell with chart + progress',
  how: `bare: speed page → "Measure training", fresh worker per backend, 1-epoch warm-up then median of up to 3 runs; samples/s = epochs × training samples / fit time. In-cell: the lesson's training cell, 1 warm-up Run then median of ${CELL_RUNS} Runs (click → done); ratio = bare whole-run time / cell run time on the kernel's backend`,
  async measure(context: BenchContext): Promise<Measured> {
    const rows = await runSpeedPage(context, 'Measure training', 'training', 10 * 60_000);
    const measurements: Measurement[] = [];
    const notes: string[] = [];
    for (const row of rows) {
      const rate = row.cells['samples-per-second'];
      if (typeof rate !== 'number') {
        notes.push(`bare ${row.backend}: ${rate ?? 'no value'}`);
        continue;
      }
      const label = `bare worker, ${row.backend}${row.note ? ` (${row.note})` : ''}`;
      const seconds = row.cells['seconds'] as number;
      const whole = row.totalMs === undefined ? '' : `, whole run ${(row.totalMs / 1000).toFixed(2)} s`;
      measurements.push({ label, value: rate, unit: 'samples/s', digits: 0, detail: `(fit ${seconds.toFixed(2)} s${whole}, final loss ${(row.cells['loss'] as number).toFixed(3)})` });
    }

    let cell;
    try {
      cell = await inCell(context);
    } catch (error) {
      if (!(error instanceof NotMeasuredError)) throw error;
      notes.push(`in-cell training not measured: ${error.message}`);
      return { measurements, notes };
    }
    const bare = rows.find((row) => row.backend === cell.backend);
    if (!bare?.totalMs) throw new Error(`the bare worker has no training figure for the kernel's backend "${cell.backend}"`);
    const cellMs = median(cell.runsMs);
    const samples = samplesPerEpoch(bare);
    measurements.push({
      label: `lesson cell "${cell.cellId}" with chart + progress, ${cell.backend}`,
      value: (LESSON_TRAINING.epochs * samples) / (cellMs / 1000),
      unit: 'samples/s',
      digits: 0,
      detail: `(whole run ${(cellMs / 1000).toFixed(2)} s; runs ${cell.runsMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s)`,
    });
    measurements.push({
      label: `bare worker, ${cell.backend}, whole run`,
      value: (LESSON_TRAINING.epochs * samples) / (bare.totalMs / 1000),
      unit: 'samples/s',
      digits: 0,
      detail: `(${(bare.totalMs / 1000).toFixed(2)} s)`,
    });
    measurements.push({ label: 'cell ÷ bare worker (throughput ratio)', value: bare.totalMs / cellMs, unit: '×', digits: 3, target: { op: '>=', limit: 0.95 } });
    notes.push(`${samples} training samples × ${LESSON_TRAINING.epochs} epochs per run`);
    return { measurements, notes };
  },
};
