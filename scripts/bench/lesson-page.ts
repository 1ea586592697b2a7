/**
 * Drives a lesson page's code cells the way a learner does (a real click on Run) and times each
 * run inside the page: from the click event to the first node added to the cell's Output, and
 * to the status reaching an outcome (done / error / stopped). A buffered PerformanceObserver and a
 * 10 ms timer heartbeat record main-thread long tasks and timer delays for the whole visit.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { BenchContext } from './context.ts';
import { newBenchContext } from './browser-context.ts';
import { NotMeasuredError } from './figure.ts';
import { cellClass, cellSelector } from '../../src/runtime/cell/cell-selectors.ts';

/** One cell of the lesson page, by its id (the cell's markup has one source: src/runtime/cell/). */
const cellById = (cellId: string) => `section.${cellClass.cell}[data-cell-id="${cellId}"]`;

/** The timing of one Run click, in milliseconds from the click event. */
export interface CellRun {
  readonly firstOutputMs: number | null;
  /** Click → the status shows an outcome. */
  readonly statusMs: number;
  /** Click → both the outcome and the first output are on the page. */
  readonly doneMs: number;
  readonly outcome: string;
  readonly statusText: string;
  /** performance.now() of the click and of the outcome, for windows over the long-task record. */
  readonly start: number;
  readonly end: number;
}

/** Main-thread blocking seen in a time window. */
export interface Blocking {
  readonly longTasks: number;
  readonly longestTaskMs: number | null;
  readonly longestTimerDelayMs: number;
  /** The scripts of the longest long animation frame in the window (Chromium's LoAF API), longest first. */
  readonly longestFrameScripts: readonly string[];
}

/** Installed before any page script: the long-task record and the heartbeat. */
function instrument(): void {
  const record = {
    tasks: [] as Array<{ start: number; duration: number }>,
    delays: [] as Array<{ at: number; delay: number }>,
    frames: [] as Array<{ start: number; duration: number; scripts: Array<{ source: string; duration: number }> }>,
  };
  Object.assign(window, { __bench: record });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task API: only the heartbeat is recorded.
  }
  try {
    new PerformanceObserver((list) => {
      type Script = { sourceURL: string; sourceFunctionName: string; invokerType: string; duration: number };
      for (const entry of list.getEntries() as Array<PerformanceEntry & { scripts?: Script[] }>) {
        const scripts = (entry.scripts ?? []).map((script) => {
          const file = script.sourceURL.split('/').pop() ?? '';
          return {
            source: `${script.invokerType} ${file}${script.sourceFunctionName ? ` ${script.sourceFunctionName}()` : ''}`,
            duration: script.duration,
          };
        });
        record.frames.push({ start: entry.startTime, duration: entry.duration, scripts });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No Long Animation Frames API: no attribution.
  }
  const schedule = () => {
    const expected = performance.now() + 10;
    setTimeout(() => {
      const now = performance.now();
      record.delays.push({ at: now, delay: now - expected });
      if (record.delays.length > 20_000) record.delays.splice(0, 10_000);
      schedule();
    }, 10);
  };
  schedule();
}

/** An open lesson page in its own browser context. */
export interface LessonPage {
  readonly page: Page;
  close(): Promise<void>;
}

/** Opens `/lessons/<id>/` in a fresh context; NotMeasured when its cells are still static. */
export async function openLesson(context: BenchContext, lessonId = context.options.lesson): Promise<LessonPage> {
  const browserContext: BrowserContext = await newBenchContext(context.browser);
  await browserContext.addInitScript({ content: `(${instrument.toString()})();` });
  const page = await browserContext.newPage();
  const response = await page.goto(`${context.baseUrl}/lessons/${lessonId}/`);
  if (!response?.ok()) throw new Error(`/lessons/${lessonId}/ answered ${response?.status() ?? 'nothing'}`);
  const run = page.locator(cellSelector.cell).first().getByRole('button', { name: 'Run', exact: true });
  try {
    await run.and(page.locator(':enabled')).waitFor({ timeout: 15_000 });
  } catch {
    await browserContext.close();
    throw new NotMeasuredError(
      `the Run buttons on /lessons/${lessonId}/ stay disabled: the runtime is not wired into lesson pages in this build`,
    );
  }
  return { page, close: () => browserContext.close() };
}

/**
 * Clicks Run on the cell with `cellId` and waits for its outcome (at most `timeoutMs`) and, when
 * `expectOutput`, for its first output too (the page may paint output a frame after the status).
 */
export async function runCell(page: Page, cellId: string, { timeoutMs = 120_000, expectOutput = true } = {}): Promise<CellRun> {
  const cell = page.locator(cellById(cellId));
  if ((await cell.count()) !== 1) throw new Error(`no cell "${cellId}" on ${page.url()}`);
  const timing = cell.evaluate(
    (root, [timeout, expectOutput, selectors]) =>
      new Promise<CellRun>((resolve, reject) => {
        const output = root.querySelector(selectors.output);
        const status = root.querySelector<HTMLElement>(selectors.status);
        const button = root.querySelector(selectors.run);
        if (!output || !status || !button) return reject(new Error('the cell lacks its Output, status or Run button'));
        let start: number | undefined;
        let firstOutput: number | null = null;
        let cleared = false;
        let done: { at: number; outcome: string } | undefined;
        const finish = () => {
          if (start === undefined || done === undefined) return;
          outputs.disconnect();
          statuses.disconnect();
          const end = Math.max(done.at, firstOutput ?? 0);
          resolve({
            firstOutputMs: firstOutput === null ? null : firstOutput - start,
            statusMs: done.at - start,
            doneMs: end - start,
            outcome: done.outcome,
            statusText: status.textContent ?? '',
            start,
            end,
          });
        };
        const outputs = new MutationObserver((records) => {
          if (start === undefined || firstOutput !== null || !records.some((r) => r.addedNodes.length > 0)) return;
          firstOutput = performance.now();
          if (done) finish();
        });
        const statuses = new MutationObserver(() => {
          if (start === undefined || done) return;
          const outcome = status.dataset['outcome'];
          if (!outcome) cleared = true;
          else if (cleared) {
            done = { at: performance.now(), outcome };
            // Output may be painted a frame after the status: wait for it, unless there is none.
            if (firstOutput !== null || !expectOutput || outcome !== 'done') finish();
          }
        });
        outputs.observe(output, { childList: true, subtree: true });
        statuses.observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
        button.addEventListener('click', (event) => (start = event.timeStamp), { once: true, capture: true });
        setTimeout(() => reject(new Error(`cell "${root.getAttribute('data-cell-id')}" did not finish within ${timeout} ms`)), timeout);
      }),
    [timeoutMs, expectOutput, { output: cellSelector.output, status: cellSelector.status, run: cellSelector.button('run') }] as const,
  );
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  return await timing;
}

/** Long tasks and timer delays recorded between `start` and `end` (performance.now() times). */
export function blockingBetween(page: Page, start: number, end: number): Promise<Blocking> {
  return page.evaluate(
    ([from, to]) => {
      type Record = {
        tasks: Array<{ start: number; duration: number }>;
        delays: Array<{ at: number; delay: number }>;
        frames: Array<{ start: number; duration: number; scripts: Array<{ source: string; duration: number }> }>;
      };
      const record = (window as unknown as { __bench: Record }).__bench;
      const overlaps = (entry: { start: number; duration: number }) => entry.start + entry.duration >= from && entry.start <= to;
      const tasks = record.tasks.filter(overlaps);
      const delays = record.delays.filter((beat) => beat.at >= from && beat.at <= to + 50);
      const frame = record.frames.filter(overlaps).sort((a, b) => b.duration - a.duration)[0];
      return {
        longTasks: tasks.length,
        longestTaskMs: tasks.length > 0 ? Math.max(...tasks.map((task) => task.duration)) : null,
        longestTimerDelayMs: Math.max(0, ...delays.map((beat) => beat.delay)),
        longestFrameScripts: (frame?.scripts ?? [])
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 3)
          .map((script) => `${script.source} ${script.duration.toFixed(0)} ms`),
      };
    },
    [start, end] as const,
  );
}

/** The cell ids on the page, in order. */
export function cellIds(page: Page): Promise<string[]> {
  return page.locator(cellSelector.cell).evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-cell-id') ?? ''));
}

/** The code of a cell as shown (static block or editor). */
export function cellSource(page: Page, cellId: string): Promise<string> {
  return page
    .locator(`${cellById(cellId)} ${cellSelector.code}`)
    .first()
    .innerText();
}

/** The backend the kernel reports in its status (e.g. "wasm"), or "unknown". */
export async function kernelBackend(page: Page): Promise<string> {
  return /webgpu|webgl|wasm|cpu/i.exec(await kernelStatus(page))?.[0]?.toLowerCase() ?? 'unknown';
}

/** The kernel bar's status text (backend, threads), or '' when there is none. */
export async function kernelStatus(page: Page): Promise<string> {
  return (
    (await page
      .locator('[data-kernel-status]')
      .textContent()
      .catch(() => null)) ?? ''
  ).trim();
}

/**
 * Replaces a cell's code as a learner would: click the code (Monaco loads), select all, type.
 * `code` should be one line: Monaco auto-indents and closes brackets as text is typed.
 */
export async function replaceCellCode(page: Page, cellId: string, code: string): Promise<void> {
  const cell = page.locator(cellById(cellId));
  await cell.locator('pre').first().click();
  await page.locator(`${cellById(cellId)}[data-editor="ready"]`).waitFor({ timeout: 60_000 });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
  const shown = (await cell.locator('.view-lines').innerText()).replace(/\s+/g, '');
  if (shown !== code.replace(/\s+/g, ''))
    throw new Error(`typing into cell "${cellId}" gave ${JSON.stringify(shown)}, not ${JSON.stringify(code)}`);
}
