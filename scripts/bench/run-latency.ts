/**
 * Figures 2 and 3: how long a learner waits after pressing Run. Cold: the first Run on a freshly
 * opened lesson (nothing cached: the kernel worker starts, loads tfjs, probes and starts the
 * backend). Warm: a cell that prints one number, run again after warm-up.
 */
import type { BenchContext, Measured, RunnableFigure } from './context.ts';
import { median } from './figure.ts';
import { TARGETS } from './targets.ts';
import { cellIds, kernelBackend, openLesson, replaceCellCode, runCell } from './lesson-page.ts';

/** The one-number cell of figure 3. */
export const PRINT_ONE_NUMBER = 'console.log(42)';

const WARM_RUNS = 10;

export const coldRunFigure: RunnableFigure = {
  number: 2,
  title: 'Cold Run: first click on Run → first output',
  how: "fresh browser context (empty cache and storage), open the lesson, click Run on its first cell; in-page times from the click event to the first node added to the cell's Output (and to the status 'done')",
  async measure(context: BenchContext): Promise<Measured> {
    const lesson = await openLesson(context);
    try {
      const [first] = await cellIds(lesson.page);
      if (!first) throw new Error('the lesson has no code cells');
      const run = await runCell(lesson.page, first, { timeoutMs: 120_000, expectOutput: true });
      if (run.outcome !== 'done') throw new Error(`cell "${first}" ended with ${run.outcome}: ${run.statusText}`);
      if (run.firstOutputMs === null) throw new Error(`cell "${first}" printed nothing`);
      return {
        measurements: [
          { label: 'click → first output', value: run.firstOutputMs / 1000, unit: 's', digits: 2, target: TARGETS.coldRun },
          { label: 'click → cell done', value: run.doneMs / 1000, unit: 's', digits: 2 },
        ],
        notes: [
          `cell "${first}" of /lessons/${context.options.lesson}/ on backend ${await kernelBackend(lesson.page)}; status: ${run.statusText}`,
        ],
      };
    } finally {
      await lesson.close();
    }
  },
};

export const warmRunFigure: RunnableFigure = {
  number: 3,
  title: 'Warm Run overhead: a cell that prints one number',
  how: `type \`${PRINT_ONE_NUMBER}\` into the lesson's first cell (Monaco), run it once to warm up, then ${WARM_RUNS} more times; median of click → the output "42" and the status 'done' both on the page`,
  async measure(context: BenchContext): Promise<Measured> {
    const lesson = await openLesson(context);
    try {
      const [first] = await cellIds(lesson.page);
      if (!first) throw new Error('the lesson has no code cells');
      await replaceCellCode(lesson.page, first, PRINT_ONE_NUMBER);
      const warmUp = await runCell(lesson.page, first);
      if (warmUp.outcome !== 'done') throw new Error(`the one-number cell ended with ${warmUp.outcome}: ${warmUp.statusText}`);
      const runs = [];
      for (let i = 0; i < WARM_RUNS; i += 1) runs.push(await runCell(lesson.page, first));
      const done = runs.map((run) => run.doneMs);
      const output = runs.map((run) => run.firstOutputMs ?? Number.NaN);
      const status = runs.map((run) => run.statusMs);
      return {
        measurements: [
          {
            label: `click → output and 'done' both shown (median of ${WARM_RUNS})`,
            value: median(done),
            unit: 'ms',
            target: TARGETS.warmRun,
          },
          { label: `click → first output (median)`, value: median(output), unit: 'ms' },
          { label: `click → status 'done' (median)`, value: median(status), unit: 'ms' },
        ],
        notes: [
          `all runs, click → done: ${done.map((ms) => ms.toFixed(0)).join(', ')} ms`,
          `backend ${await kernelBackend(lesson.page)}; first (cold) run of the edited cell: ${(warmUp.doneMs / 1000).toFixed(2)} s`,
        ],
      };
    } finally {
      await lesson.close();
    }
  },
};
