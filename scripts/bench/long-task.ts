/**
 * Figure 4: the longest main-thread task while a training cell runs (the page must stay
 * responsive while the chart and progress bar update). Long tasks come from a buffered
 * PerformanceObserver('longtask') installed before any page script; it only reports tasks over
 * 50 ms, so a 10 ms timer heartbeat's worst delay is printed beside it.
 */
import type { BenchContext, Measured, RunnableFigure } from './context.ts';
import { blockingBetween, kernelBackend, openLesson, runCell, type Blocking } from './lesson-page.ts';
import { findTrainingCell } from './training-cell.ts';

const describe = (blocking: Blocking) => {
  const delay = `worst 10 ms-timer delay ${blocking.longestTimerDelayMs.toFixed(0)} ms`;
  if (blocking.longestTaskMs === null) return `no long task (none over 50 ms); ${delay}`;
  const scripts = blocking.longestFrameScripts.length > 0 ? `; longest frame's scripts: ${blocking.longestFrameScripts.join(', ')}` : '';
  return `${blocking.longTasks} long task(s), longest ${blocking.longestTaskMs.toFixed(0)} ms; ${delay}${scripts}`;
};

export const longTaskFigure: RunnableFigure = {
  number: 4,
  title: 'Longest main-thread task while a training cell runs',
  how: "run the lesson's training cell (model.fit with show.fitCallbacks) twice in a fresh page; PerformanceObserver 'longtask' entries overlapping each run (click → done); value = longest over both runs, or 0 when the observer saw none",
  async measure(context: BenchContext): Promise<Measured> {
    const lesson = await openLesson(context);
    try {
      const cellId = await findTrainingCell(lesson.page);
      const notes: string[] = [];
      let longest = 0;
      for (const label of ['first run (loads tfjs, chart code)', 'second run']) {
        const run = await runCell(lesson.page, cellId);
        if (run.outcome !== 'done') throw new Error(`training cell "${cellId}" ended with ${run.outcome}: ${run.statusText}`);
        const blocking = await blockingBetween(lesson.page, run.start, run.end);
        longest = Math.max(longest, blocking.longestTaskMs ?? 0);
        notes.push(`${label}, ${(run.doneMs / 1000).toFixed(1)} s: ${describe(blocking)}`);
      }
      notes.push(`cell "${cellId}" of /lessons/${context.options.lesson}/ on backend ${await kernelBackend(lesson.page)}`);
      return {
        measurements: [{ label: 'longest long task during training', value: longest, unit: 'ms', digits: 0, target: { op: '<=', limit: 50 } }],
        notes,
      };
    } finally {
      await lesson.close();
    }
  },
};
