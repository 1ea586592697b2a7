/**
 * Runs every ```js run cell of a lesson in order, in one shared scope (as the lesson page's
 * kernel does: a later cell sees an earlier cell's top-level names), with real tfjs on the cpu
 * backend and the learner API stand-ins. Reports per cell: time, output, tensors left behind.
 */
import * as tf from '@tensorflow/tfjs';
import { lessonCells, type LessonCell } from './lesson-cells';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLearnerScope, type DataLoad, type ModelsLoad, type ShowCall } from './learner-stand-ins';

const REAL_DATA_API = new URL('../../src/runtime/data/data-api.ts', import.meta.url);
const REAL_MODELS_API = new URL('../../src/runtime/models/models-api.ts', import.meta.url);
const REAL_SITE_FILES = new URL('../../src/runtime/tools/node-fetch-bytes.ts', import.meta.url);

/**
 * The runtime's own `data.load`, reading public/data from disk, once helper modules exist;
 * otherwise undefined and the stand-in (same source data, same contract) is used.
 */
async function realDataLoad(): Promise<DataLoad | undefined> {
  if (!existsSync(fileURLToPath(REAL_DATA_API)) || !existsSync(fileURLToPath(REAL_SITE_FILES))) return undefined;
  const { createDataApi } = (await import(/* @vite-ignore */ REAL_DATA_API.href)) as {
    createDataApi: (tf: unknown, files: unknown) => { load: DataLoad };
  };
  const { publicFolderFiles } = (await import(/* @vite-ignore */ REAL_SITE_FILES.href)) as { publicFolderFiles: () => unknown };
  const api = createDataApi(tf, publicFolderFiles());
  return (name, options) => api.load(name, options);
}

/** The runtime's own `models.load`, reading public/models from disk, when its module exists. */
async function realModelsLoad(): Promise<ModelsLoad | undefined> {
  if (!existsSync(fileURLToPath(REAL_MODELS_API)) || !existsSync(fileURLToPath(REAL_SITE_FILES))) return undefined;
  const { createModelsApi } = (await import(/* @vite-ignore */ REAL_MODELS_API.href)) as {
    createModelsApi: (tf: unknown, files: unknown) => { load: ModelsLoad };
  };
  const { publicFolderFiles } = (await import(/* @vite-ignore */ REAL_SITE_FILES.href)) as { publicFolderFiles: () => unknown };
  const api = createModelsApi(tf, publicFolderFiles());
  return (name) => api.load(name);
}

/** What one cell did. */
export interface CellRun {
  cell: LessonCell;
  ms: number;
  /** Lines the cell printed with console.log/info/warn/error. */
  logs: string[];
  /** tf.memory().numTensors after the cell minus before it. */
  tensorDelta: number;
}

/** What running a whole lesson did. */
export interface LessonRun {
  cells: CellRun[];
  totalMs: number;
  shows: ShowCall[];
  /** Whether `data.load` was the runtime's own (reading public/data) or the test stand-in. */
  dataSource: 'runtime' | 'stand-in';
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
  const dataLoad = await realDataLoad();
  const scope = createLearnerScope(tf, dataLoad, await realModelsLoad());
  const runs: CellRun[] = [];
  let current = -1;
  let started = 0;
  let tensorsBefore = 0;
  let logsBefore = 0;
  const finishCell = () => {
    const cell = cells[current];
    if (!cell) return;
    runs.push({
      cell,
      ms: performance.now() - started,
      logs: scope.logs.slice(logsBefore),
      tensorDelta: tf.memory().numTensors - tensorsBefore,
    });
  };
  const enter = (index: number) => {
    finishCell();
    current = index;
    started = performance.now();
    tensorsBefore = tf.memory().numTensors;
    logsBefore = scope.logs.length;
  };
  // One function body for all cells, so top-level declarations are shared like in the kernel.
  const body = cells.map((cell, i) => `__enterCell(${i});\n${cell.code}\n;`).join('\n') + `\n__enterCell(${cells.length});`;
  const names = Object.keys(scope.globals);
  const start = performance.now();
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
  return { cells: runs, totalMs, shows: scope.shows, dataSource: dataLoad ? 'runtime' : 'stand-in', ...(error ? { error } : {}) };
}
