/**
 * Figure 10 (issue 9): how small int8 makes the digits model, and what it costs in accuracy. The
 * lesson "Make it small" is opened and its first cell run as a learner runs it: it trains the
 * digits model, saves it as tfjs saves it (model.json + weights.bin), re-encodes the weights as
 * int8 per tensor (uint8 codes with a scale and min in the manifest), loads that file back with
 * tfjs and scores both on the digits test set. The figure reads the cell's own table: the
 * weights.bin bytes of int8 ÷ float32, and the test-accuracy drop in points.
 */
import type { Page } from '@playwright/test';
import type { BenchContext, Measured, RunnableFigure } from './context.ts';
import { NotMeasuredError } from './figure.ts';
import { kernelStatus, openLesson, runCell } from './lesson-page.ts';
import { TARGETS } from './targets.ts';
import { cellClass, cellSelector } from '../../src/runtime/cell/cell-selectors.ts';

const LESSON = 'make-it-small';
const CELL = 'shrink';
const FLOAT32 = 'float32 (as trained)';
const INT8 = 'int8 per tensor';

/** The first table the cell showed, as records keyed by column name. */
async function cellTable(page: Page, cellId: string): Promise<Record<string, string>[]> {
  const table = page.locator(`section.${cellClass.cell}[data-cell-id="${cellId}"]`).locator(cellSelector.output).locator('table').first();
  return table.evaluate((node) => {
    const columns = [...node.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    return [...node.querySelectorAll('tbody tr')].map((tr) =>
      Object.fromEntries([...tr.querySelectorAll('td')].map((td, i) => [columns[i] ?? String(i), td.textContent ?? ''])),
    );
  });
}

function figureOf(rows: readonly Record<string, string>[], model: string, column: string): number {
  const value = Number((rows.find((row) => row['model'] === model)?.[column] ?? '').replace(/,/g, ''));
  if (!Number.isFinite(value)) throw new Error(`the "${CELL}" table has no number for ${model} / ${column}`);
  return value;
}

export const compressionFigure: RunnableFigure = {
  number: 10,
  title: 'Int8 digits model: file size and accuracy against float32',
  how: `open /lessons/${LESSON}/, run its first cell (train the digits model, save it as model.json + weights.bin, re-encode as int8 per tensor, load it back with tf.loadLayersModel and score both on the 359 test digits) and read its table: int8 weights.bin ÷ float32 weights.bin, and float32 − int8 test accuracy in points`,
  async measure(context: BenchContext): Promise<Measured> {
    const lesson = await openLesson(context, LESSON);
    try {
      const run = await runCell(lesson.page, CELL);
      if (run.outcome !== 'done') throw new Error(`cell "${CELL}" ended with ${run.outcome}: ${run.statusText}`);
      const rows = await cellTable(lesson.page, CELL);
      if (rows.length === 0) throw new NotMeasuredError(`cell "${CELL}" of /lessons/${LESSON}/ showed no table`);
      const bin = (model: string) => figureOf(rows, model, 'weights.bin bytes');
      const saved = (model: string) => figureOf(rows, model, 'bytes as saved');
      const accuracy = (model: string) => figureOf(rows, model, 'test accuracy');
      return {
        measurements: [
          {
            label: 'int8 per tensor weights file ÷ float32 weights file',
            value: bin(INT8) / bin(FLOAT32),
            unit: '×',
            digits: 3,
            target: TARGETS.int8Size,
            detail: `(${bin(INT8)} of ${bin(FLOAT32)} bytes; with model.json ${saved(INT8)} of ${saved(FLOAT32)} bytes, ${(saved(INT8) / saved(FLOAT32)).toFixed(3)}×)`,
          },
          {
            label: 'test accuracy drop, float32 → int8 per tensor',
            value: 100 * (accuracy(FLOAT32) - accuracy(INT8)),
            unit: 'points',
            digits: 1,
            target: TARGETS.int8AccuracyDrop,
            detail: `(${accuracy(FLOAT32).toFixed(3)} → ${accuracy(INT8).toFixed(3)} on the digits test set)`,
          },
        ],
        notes: [`the lesson's kernel bar: ${await kernelStatus(lesson.page)}`, `cell run ${(run.doneMs / 1000).toFixed(1)} s`],
      };
    } finally {
      await lesson.close();
    }
  },
};
