/**
 * Runs every ```js run cell of a lesson in order, in one shared scope (as the lesson page's
 * kernel does: a later cell sees an earlier cell's top-level names), with real tfjs on the cpu
 * backend and the runtime's own learner tools and display (stand-ins where those do not exist). Reports per cell: time, output, tensors left behind.
 */
import * as tf from '@tensorflow/tfjs';
import { lessonCells, type LessonCell } from './lesson-cells';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLearnerScope, type ShowCall } from './learner-stand-ins';

const REAL_TOOLS = new URL('../../src/runtime/tools/learner-tools.ts', import.meta.url);
const REAL_SITE_FILES = new URL('../../src/runtime/tools/node-fetch-bytes.ts', import.meta.url);
const REAL_DISPLAY = new URL('../../src/runtime/display/learner-display.ts', import.meta.url);

/** The parts of the runtime's display messages this harness reads. */
interface DisplayMessageLike {
  kind: string;
  id?: string;
  lines?: { parts: string[] }[];
  points?: unknown[];
  rows?: string[][];
  columns?: string[];
}

/** The runtime's own `show` and `console` (learner-display.ts), posting into `post`, when it exists. */
async function realDisplay(post: (message: DisplayMessageLike) => void) {
  if (!existsSync(fileURLToPath(REAL_DISPLAY))) return undefined;
  const { createLearnerDisplay } = (await import(/* @vite-ignore */ REAL_DISPLAY.href)) as {
    createLearnerDisplay: (post: (message: DisplayMessageLike) => void, tf: unknown) => { show: unknown; console: unknown; flush(): void };
  };
  return createLearnerDisplay(post, tf);
}

/**
 * Turns display messages into the harness's records: console lines into `logs`, charts and
 * tables into `shows` (a line chart's points are appended to its ShowCall).
 */
function recordMessage(message: DisplayMessageLike, logs: string[], shows: ShowCall[], lines: Map<string, ShowCall>) {
  switch (message.kind) {
    case 'console':
      for (const line of message.lines ?? []) logs.push(line.parts.join(' '));
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
      shows.push({ kind: message.kind, options: message, values: [] });
      break;
    default:
      break;
  }
}

/**
 * The runtime's own learner tools (data, models, seed, time, compare, sleep), reading public/
 * from disk, when their modules exist; otherwise undefined and the stand-ins are used.
 */
async function realLearnerTools(): Promise<Record<string, unknown> | undefined> {
  if (!existsSync(fileURLToPath(REAL_TOOLS)) || !existsSync(fileURLToPath(REAL_SITE_FILES))) return undefined;
  const { createLearnerTools } = (await import(/* @vite-ignore */ REAL_TOOLS.href)) as {
    createLearnerTools: (tf: unknown, files: unknown) => Record<string, unknown>;
  };
  const { publicFolderFiles } = (await import(/* @vite-ignore */ REAL_SITE_FILES.href)) as { publicFolderFiles: () => unknown };
  return createLearnerTools(tf, publicFolderFiles());
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
  /** Whether data, models, seed, time and compare were the runtime's own tools or the test stand-ins. */
  dataSource: 'runtime' | 'stand-in';
  /** Whether show and console were the runtime's own display or the recording stand-ins. */
  displaySource: 'runtime' | 'stand-in';
  /** The first error thrown, with the cell it came from. */
  error?: { cell: LessonCell; error: unknown };
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (
  ...values: unknown[]
) => Promise<void>;

/** Runs the lesson file's cells; never throws for a cell's error (see `error`). */
export async function runLessonCells(path: string): Promise<LessonRun> {
  await tf.setBackend('cpu');
  await tf.ready();
  const cells = lessonCells(path);
  const tools = await realLearnerTools();
  const scope = createLearnerScope(tf);
  if (tools) Object.assign(scope.globals, tools);
  const lines = new Map<string, ShowCall>();
  const display = await realDisplay((message) => recordMessage(message, scope.logs, scope.shows, lines));
  if (display) Object.assign(scope.globals, { show: display.show, console: display.console });
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
      logs: scope.logs.slice(logsBefore),
      tensorDelta: tf.memory().numTensors - tensorsBefore,
      displays: scope.shows.slice(showsBefore),
    });
  };
  const enter = (index: number) => {
    display?.flush();
    finishCell();
    current = index;
    started = performance.now();
    tensorsBefore = tf.memory().numTensors;
    logsBefore = scope.logs.length;
    showsBefore = scope.shows.length;
  };
  // One function body for all cells, so top-level declarations are shared like in the kernel.
  const body = cells.map((cell, i) => `__enterCell(${i});\n${cell.code}\n;`).join('\n') + `\n__enterCell(${cells.length});`;
  const names = Object.keys(scope.globals);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let error: LessonRun['error'];
  try {
    const run = new AsyncFunction(...names, '__enterCell', body);
    await run(...names.map((n) => scope.globals[n]), enter);
  } catch (caught) {
    const cell = cells[Math.max(current, 0)];
    if (cell) error = { cell, error: caught };
  } finally {
    scope.restore();
  }
  const totalMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { cells: runs, totalMs, cpuMs, shows: scope.shows, dataSource: tools ? 'runtime' : 'stand-in', displaySource: display ? 'runtime' : 'stand-in', ...(error ? { error } : {}) };
}
