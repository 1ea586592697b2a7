/**
 * Figure 4: the longest main-thread task while a training cell runs (the page must stay
 * responsive while the chart and progress bar update). Long tasks come from a buffered
 * PerformanceObserver('longtask') installed before any page script; it only reports tasks over
 * 50 ms, so a 10 ms timer heartbeat's worst delay is printed beside it.
 */
import { loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import type { BenchContext, Measured, RunnableFigure } from './context.ts';
import type { Measurement } from './figure.ts';
import { startNeighbour } from './neighbour.ts';
import { TARGETS } from './targets.ts';
import { blockingBetween, kernelBackend, openLesson, runCell, type Blocking } from './lesson-page.ts';
import { findTrainingCell } from './training-cell.ts';
import { CHARTS_READY_MARK } from '../../src/runtime/page/output/chart-library.ts';
import { cellClass } from '../../src/runtime/cell/cell-selectors.ts';

/**
 * A learner points at (or tabs into) a cell before pressing its Run: the page takes that as the
 * sign to load and warm the chart code (src/runtime/page/prepare-first-run.ts). The first run
 * starts once that is done, as it would after the few seconds a learner spends on the code.
 */
async function pointAtCell(page: Page, cellId: string): Promise<string> {
  const started = Date.now();
  await page.locator(`section.${cellClass.cell}[data-cell-id="${cellId}"]`).hover();
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, CHARTS_READY_MARK, { timeout: 30_000 });
  return `pointer over the cell → chart code loaded and warm (mark "${CHARTS_READY_MARK}"): ${Date.now() - started} ms before the first Run`;
}

const describe = (blocking: Blocking) => {
  const delay = `worst 10 ms-timer delay ${blocking.longestTimerDelayMs.toFixed(0)} ms`;
  if (blocking.longestTaskMs === null) return `no long task (none over 50 ms); ${delay}`;
  const scripts = blocking.longestFrameScripts.length > 0 ? `; longest frame's scripts: ${blocking.longestFrameScripts.join(', ')}` : '';
  return `${blocking.longTasks} long task(s), longest ${blocking.longestTaskMs.toFixed(0)} ms; ${delay}${scripts}`;
};

/** How long the neighbour may burn at most: two training runs take ≈ 5 s, a slow machine's 60 s. */
const NEIGHBOUR_MAX_SECONDS = 180;

/** Runs the training cell twice in a fresh page; returns the longest task and a note per run. */
async function measureTwoRuns(context: BenchContext, label: string): Promise<{ longest: number; notes: string[] }> {
  const lesson = await openLesson(context);
  try {
    const cellId = await findTrainingCell(lesson.page);
    const notes: string[] = [`${label}: ${await pointAtCell(lesson.page, cellId)}`];
    let longest = 0;
    for (const run of ['first run (loads tfjs, chart code)', 'second run']) {
      const result = await runCell(lesson.page, cellId);
      if (result.outcome !== 'done') throw new Error(`training cell "${cellId}" ended with ${result.outcome}: ${result.statusText}`);
      const blocking = await blockingBetween(lesson.page, result.start, result.end);
      longest = Math.max(longest, blocking.longestTaskMs ?? 0);
      notes.push(`${label}, ${run}, ${(result.doneMs / 1000).toFixed(1)} s: ${describe(blocking)}`);
    }
    notes.push(`${label}: cell "${cellId}" of /lessons/${context.options.lesson}/ on backend ${await kernelBackend(lesson.page)}`);
    return { longest, notes };
  } finally {
    await lesson.close();
  }
}

export const longTaskFigure: RunnableFigure = {
  number: 4,
  title: 'Longest main-thread task while a training cell runs',
  how: `point at the lesson's training cell (which loads and warms the chart code) and wait for it, then run the cell (model.fit with show.fitCallbacks) twice in a fresh page; PerformanceObserver 'longtask' entries overlapping each run (click → done); value = longest over both runs, or 0 when the observer saw none. Then again in another fresh page beside a CPU-burning neighbour process (one node process spinning on one core, stopped after the runs, at most ${NEIGHBOUR_MAX_SECONDS} s) unless --no-neighbour`,
  async measure(context: BenchContext): Promise<Measured> {
    const quiet = await measureTwoRuns(context, 'alone');
    const measurements: Measurement[] = [
      { label: 'longest long task during training', value: quiet.longest, unit: 'ms', digits: 0, target: TARGETS.longTask },
    ];
    const notes = [...quiet.notes];
    if (context.options.neighbour) {
      const neighbour = startNeighbour(NEIGHBOUR_MAX_SECONDS);
      const loadBefore = loadavg()[0] ?? Number.NaN;
      try {
        const loaded = await measureTwoRuns(context, 'beside a CPU-burning neighbour');
        measurements.push({
          label: 'longest long task during training, beside a CPU-burning neighbour',
          value: loaded.longest,
          unit: 'ms',
          digits: 0,
          target: TARGETS.longTaskUnderLoad,
        });
        notes.push(
          ...loaded.notes,
          `neighbour: one spinning node process (pid ${neighbour.pid ?? '?'}); 1-minute load average ${loadBefore.toFixed(2)} when it started, ${(loadavg()[0] ?? Number.NaN).toFixed(2)} at the end`,
        );
      } finally {
        await neighbour.stop();
      }
    } else {
      notes.push('not measured beside a CPU-burning neighbour (--no-neighbour)');
    }
    return { measurements, notes };
  },
};
