/**
 * Runs every ```js run cell of a lesson in order, in one shared scope (as the lesson page's
 * kernel does: a later cell sees an earlier cell's top-level names), with real tfjs on the cpu
 * backend and the runtime's own learner tools (reading public/ from disk) and display. Reports
 * per cell: time, output, tensors left behind.
 */
import * as tf from '@tensorflow/tfjs';
import { lessonCells, type LessonCell } from './lesson-cells';
import { createLearnerTools } from '../../src/runtime/tools/learner-tools';
import { createLogApi } from '../../src/runtime/tools/log/log-api';
import { publicFolderFiles } from '../../src/runtime/tools/node-fetch-bytes';
import { openNodeServiceEndpoint } from '../../src/runtime/service/node-service-endpoint';
import { createLearnerDisplay } from '../../src/runtime/kernel/display/learner-display';
import { createTestApi } from '../../src/runtime/testing/test-api';

/** A chart, table or other display a cell made, as the harness records it. */
export interface ShowCall {
  kind: string;
  options: unknown;
  values: unknown[];
}

/** The parts of the runtime's display messages this harness reads. */
interface DisplayMessageLike {
  kind: string;
  id?: string;
  lines?: { parts: string[] }[];
  points?: unknown[];
  rows?: string[][];
  columns?: string[];
  text?: string;
}

/**
 * Turns display messages into the harness's records: console lines and test verdicts into `logs`, charts and
 * tables into `shows` (a line chart's points are appended to its ShowCall).
 */
function recordMessage(message: DisplayMessageLike, logs: string[], shows: ShowCall[], lines: Map<string, ShowCall>) {
  switch (message.kind) {
    case 'console':
      for (const line of message.lines ?? []) logs.push(line.parts.join(' '));
      break;
    case 'test-result':
      // A test's verdict is a line of the Output too (the page lists it with the printed lines).
      logs.push(message.text ?? '');
      break;
    case 'line-create': {
      const call: ShowCall = { kind: 'line', options: message, values: [] };
      shows.push(call);
      lines.set(message.id ?? '', call);
      break;
    }
    case 'line-points':
      lines.get(message.id ?? '')?.values.push(...(message.points ?? []));
      break;
    case 'table':
      shows.push({ kind: 'table', options: message.columns, values: message.rows ?? [] });
      break;
    case 'scatter':
    case 'images':
    case 'heatmap':
    case 'reliability':
    case 'drawpad-create':
    case 'bars':
    case 'download':
      shows.push({ kind: message.kind, options: message, values: [] });
      break;
    default:
      break;
  }
}

/** What one cell did. */
export interface CellRun {
  cell: LessonCell;
  ms: number;
  /** Lines the cell printed with console.log/info/warn/error. */
  logs: string[];
  /** tf.memory().numTensors after the cell minus before it. */
  tensorDelta: number;
  /** Charts, tables, images and other displays the cell created. */
  displays: ShowCall[];
}

/** What running a whole lesson did. */
export interface LessonRun {
  cells: CellRun[];
  /** Wall-clock time of all cells. */
  totalMs: number;
  /**
   * CPU time this process spent running them (user + system). Unlike wall time it does not grow
   * when other programs load the machine, so budgets are asserted on it.
   */
  cpuMs: number;
  shows: ShowCall[];
  /** The first error thrown, with the cell it came from. */
  error?: { cell: LessonCell; error: unknown };
}

const AsyncFunction = (Object.getPrototypeOf(async () => undefined) as { constructor: new (...args: string[]) => (
  ...values: unknown[]
) => Promise<void> }).constructor;

/** Runs the lesson file's cells; never throws for a cell's error (see `error`). */
export async function runLessonCells(path: string): Promise<LessonRun> {
  await tf.setBackend('cpu');
  await tf.ready();
  const cells = lessonCells(path);
  const logs: string[] = [];
  const shows: ShowCall[] = [];
  const lines = new Map<string, ShowCall>();
  const display = createLearnerDisplay((message) => recordMessage(message as DisplayMessageLike, logs, shows, lines), tf);
  // As in the kernel, a cell ends when every test it started has its verdict.
  const tests = createTestApi(tf, { finished: display.reportTest });
  const globals: Record<string, unknown> = { tf, ...createLearnerTools(tf, publicFolderFiles(), { offerDownload: display.offerDownload, openService: openNodeServiceEndpoint, tests }), show: display.show, console: display.console };
  // The lesson's experiment log, as the kernel gives it (in this process's memory: each lesson test starts with log.clear() if it needs an empty one).
  globals['log'] = createLogApi({ lesson: path.replace(/^.*\//, '').replace(/\.md$/, ''), show: display.show, warn: (text) => display.console.warn(text) });
  // seed() replaces Math.random for the rest of the run, as in the kernel; put it back afterwards.
  const savedRandom = Math.random;
  const runs: CellRun[] = [];
  let current = -1;
  let started = 0;
  let tensorsBefore = 0;
  let logsBefore = 0;
  let showsBefore = 0;
  const finishCell = () => {
    const cell = cells[current];
    if (!cell) return;
    runs.push({
      cell,
      ms: performance.now() - started,
      logs: logs.slice(logsBefore),
      tensorDelta: tf.memory().numTensors - tensorsBefore,
      displays: shows.slice(showsBefore),
    });
  };
  const enter = async (index: number) => {
    await tests.settled();
    display.flush();
    finishCell();
    current = index;
    started = performance.now();
    tensorsBefore = tf.memory().numTensors;
    logsBefore = logs.length;
    showsBefore = shows.length;
  };
  // One function body for all cells, so top-level declarations are shared like in the kernel.
  const body = cells.map((cell, i) => `await __enterCell(${i});\n${cell.code}\n;`).join('\n') + `\nawait __enterCell(${cells.length});`;
  const names = Object.keys(globals);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let error: LessonRun['error'];
  try {
    const run = new AsyncFunction(...names, '__enterCell', body);
    await run(...names.map((n) => globals[n]), enter);
  } catch (caught) {
    const cell = cells[Math.max(current, 0)];
    if (cell) error = { cell, error: caught };
  } finally {
    Math.random = savedRandom;
  }
  const totalMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { cells: runs, totalMs, cpuMs, shows, ...(error ? { error } : {}) };
}
