/**
 * Figures 8 and 9 (issue 9), measured in the browser's kernel worker, where lesson 10 runs: the
 * lesson "Load-test your model service" is opened and its first cell's code replaced with the
 * measurement (as a learner would type it), then run.
 *
 * Figure 8, the load generator's own accuracy: `load.open` at 1,000 requests/s for 5 s against a
 * no-op `send`, three times: the achieved rate against the target, and the p99 latency, which with
 * nothing to wait for is the harness's own (its timer and scheduling lateness); each the median of
 * the three runs.
 *
 * Figure 9, what batching buys at saturation: the digits service (lesson 10's model) without and
 * with dynamic batching (32 requests, 2 ms), each driven by a closed loop of 64 clients for 3 s
 * after a warm-up; throughput with ÷ without.
 */
import type { Page } from '@playwright/test';
import type { BenchContext, Measured, RunnableFigure } from './context.ts';
import { kernelStatus, openLesson, replaceCellCode, runCell } from './lesson-page.ts';
import { TARGETS } from './targets.ts';
import { cellClass, cellSelector } from '../../src/runtime/cell/cell-selectors.ts';
import { CHARTS_READY_MARK } from '../../src/runtime/page/output/chart-library.ts';

const LESSON = 'load-test';
const CELL = 'sweep';

/** Runs of figure 8's generator test; the figure is their median (one run's p99 moves with the machine). */
const GENERATOR_RUNS = 3;

const GENERATOR_CODE = `for (let k = 0; k < ${GENERATOR_RUNS}; k++) { const r = await load.open({ rate: 1000, durationMs: 5000, send: async () => {} }); console.log(\`bench generator: achieved \${r.achievedRate.toFixed(2)} sent \${r.sent} dropped \${r.dropped} p50 \${r.latencyMs.p50.toFixed(3)} p99 \${r.latencyMs.p99.toFixed(3)} max \${r.latencyMs.max.toFixed(3)}\`); }`;

const BATCHING_CODE =
  "const m = await models.load('digits-base'); const d = await data.load('digits'); const im = tf.tidy(() => d.xTest.arraySync()); const input = { shape: [64], dtype: 'float32', min: 0, max: 16 }; for (const [name, batching] of [['off', false], ['on', { maxBatchSize: 32, maxQueueWaitMs: 2 }]]) { const svc = await service.start(m, { version: 'bench', input, batching }); const send = (i) => svc.request({ instances: [im[i % im.length]] }); await load.closed({ clients: 16, durationMs: 500, send }); const r = await load.closed({ clients: 64, durationMs: 3000, send }); console.log(`bench batching ${name}: ${r.throughput.toFixed(1)} requests/s p99 ${r.latencyMs.p99.toFixed(1)} ms batch ${svc.stats().meanBatchSize.toFixed(1)}`); await svc.stop(); }";

/** Runs `code` in the lesson's first cell and returns what the cell printed. */
async function runCode(
  context: BenchContext,
  code: string,
): Promise<{ text: string; page: Page; close: () => Promise<void>; seconds: number }> {
  const lesson = await openLesson(context, LESSON);
  try {
    await replaceCellCode(lesson.page, CELL, code);
    await settle(lesson.page);
    const run = await runCell(lesson.page, CELL, { timeoutMs: 120_000 });
    if (run.outcome !== 'done') throw new Error(`the replaced "${CELL}" cell ended with ${run.outcome}: ${run.statusText}`);
    const output = lesson.page.locator(`section.${cellClass.cell}[data-cell-id="${CELL}"]`).locator(cellSelector.output);
    return { text: await output.innerText(), page: lesson.page, close: () => lesson.close(), seconds: run.doneMs / 1000 };
  } catch (error) {
    await lesson.close();
    throw error;
  }
}

/**
 * Waits until the page has done what editing the cell set off (loading and warming the chart code,
 * prepare-first-run.ts) and its main thread has then gone a second without a long task, so the
 * measurement does not share the cores with the page's own start-up work.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, CHARTS_READY_MARK, { timeout: 30_000 });
  await page.evaluate(
    (quietMs) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, quietMs);
        const observer = new PerformanceObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quietMs);
        });
        function done() {
          observer.disconnect();
          resolve();
        }
        observer.observe({ type: 'longtask' });
      }),
    1000,
  );
}

/** Every number `pattern` captures in `text`, in order. */
function numbersAfter(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(new RegExp(pattern.source, 'g'))].map((match) => Number(match[1]));
}

const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN;

function numberAfter(text: string, pattern: RegExp): number {
  const value = Number(pattern.exec(text)?.[1]);
  if (!Number.isFinite(value)) throw new Error(`the cell printed nothing matching ${String(pattern)}:\n${text.slice(0, 500)}`);
  return value;
}

export const loadGeneratorFigure: RunnableFigure = {
  number: 8,
  title: 'Load generator accuracy against a no-op service',
  how: `open /lessons/${LESSON}/, replace its first cell with ${GENERATOR_RUNS} runs of load.open({ rate: 1000, durationMs: 5000, send: async () => {} }), wait until the page has settled (chart code loaded, then 1 s with no long task) and run it in the kernel worker: achieved rate ÷ 1,000, and the p99 latency (the harness's own), each the median of the ${GENERATOR_RUNS} runs`,
  async measure(context: BenchContext): Promise<Measured> {
    const run = await runCode(context, GENERATOR_CODE);
    try {
      const runs = numbersAfter(run.text, /bench generator: achieved ([\d.]+)/).length;
      if (runs !== GENERATOR_RUNS)
        throw new Error(`the cell printed ${runs} generator runs, not ${GENERATOR_RUNS}:\n${run.text.slice(0, 500)}`);
      const achievedRates = numbersAfter(run.text, /achieved ([\d.]+)/);
      const achieved = medianOf(achievedRates);
      const p99s = numbersAfter(run.text, /p99 ([\d.]+)/);
      const list = (values: number[], digits: number) => values.map((v) => v.toFixed(digits)).join(', ');
      return {
        measurements: [
          {
            label: 'achieved rate off the 1,000/s target',
            value: Math.abs(achieved - 1000) / 10,
            unit: '%',
            digits: 2,
            target: TARGETS.loadGeneratorRate,
            detail: `(median of ${GENERATOR_RUNS} runs: ${list(achievedRates, 1)} requests/s; ${list(numbersAfter(run.text, /sent (\d+)/), 0)} sent, ${list(numbersAfter(run.text, /dropped (\d+)/), 0)} dropped)`,
          },
          {
            label: "harness's own p99 latency (no-op send)",
            value: medianOf(p99s),
            unit: 'ms',
            digits: 3,
            target: TARGETS.loadGeneratorP99,
            detail: `(median of ${GENERATOR_RUNS} runs of 5 s: p99 ${list(p99s, 3)} ms; p50 ${list(numbersAfter(run.text, /p50 ([\d.]+)/), 3)} ms; max ${list(numbersAfter(run.text, /max ([\d.]+)/), 1)} ms)`,
          },
        ],
        notes: [`the lesson's kernel bar: ${await kernelStatus(run.page)}`, `cell run ${run.seconds.toFixed(1)} s`],
      };
    } finally {
      await run.close();
    }
  },
};

export const batchingFigure: RunnableFigure = {
  number: 9,
  title: 'Digits service throughput at saturation: batching on ÷ off',
  how: `open /lessons/${LESSON}/, replace its first cell with two services of the digits model (batching off; on with 32 requests, 2 ms), each warmed up and then driven by load.closed({ clients: 64, durationMs: 3000 }); throughput on ÷ off`,
  async measure(context: BenchContext): Promise<Measured> {
    const run = await runCode(context, BATCHING_CODE);
    try {
      const off = numberAfter(run.text, /bench batching off: ([\d.]+) requests\/s/);
      const on = numberAfter(run.text, /bench batching on: ([\d.]+) requests\/s/);
      return {
        measurements: [
          {
            label: 'throughput with batching ÷ without, 64 clients',
            value: on / off,
            unit: '×',
            digits: 2,
            target: TARGETS.batchingSpeedup,
            detail: `(${on.toFixed(0)} against ${off.toFixed(0)} requests/s; mean batch ${numberAfter(run.text, /bench batching on: .* batch ([\d.]+)/)})`,
          },
        ],
        notes: [`the lesson's kernel bar: ${await kernelStatus(run.page)}`, `cell run ${run.seconds.toFixed(1)} s`],
      };
    } finally {
      await run.close();
    }
  },
};
