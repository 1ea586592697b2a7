/**
 * The globals a learner's exercise code sees — the same names as in a lesson cell (tf, data,
 * models, seed, time, compare, sleep, show, console) — built in the learner realm. Charts have no
 * place in grading, so `show.*` only notes in the console what it would have drawn.
 */
import type { Tf } from '../runtime/tools/tf-type';
import type { SiteFiles } from '../runtime/tools/fetch-bytes';
import { createDataApi } from '../runtime/data/data-api';
import { createModelsApi } from '../runtime/models/models-api';
import { createCompare } from '../runtime/tools/compare';
import { createTime } from '../runtime/tools/time';
import { sleep } from '../runtime/tools/sleep';
import type { Seeder } from '../runtime/tools/seed';

/** The console methods learner code may call. */
export type LearnerConsole = Pick<Console, 'log' | 'info' | 'warn' | 'error'>;

/** The globals of exercise code. */
export interface LearnerGlobals {
  tf: Tf;
  data: ReturnType<typeof createDataApi>;
  models: ReturnType<typeof createModelsApi>;
  seed: (n: number) => void;
  time: ReturnType<typeof createTime>;
  compare: ReturnType<typeof createCompare>;
  sleep: typeof sleep;
  show: Record<string, (...args: unknown[]) => unknown>;
  console: LearnerConsole;
}

/** A `show` whose every method notes the call in the console and returns handles that do nothing. */
function consoleShow(console: LearnerConsole): LearnerGlobals['show'] {
  const handle = { push() {}, tick() {}, set() {}, done() {} };
  const note = (kind: string) => (...args: unknown[]) => {
    const options = args.find((a): a is { title?: unknown } => typeof a === 'object' && a !== null && 'title' in a);
    console.info(`(show.${kind}${typeof options?.title === 'string' ? `: ${options.title}` : ''} — charts appear in lessons, not in exercises)`);
    return kind === 'fitCallbacks' ? {} : handle;
  };
  return Object.fromEntries(['line', 'scatter', 'images', 'table', 'heatmap', 'progress', 'fitCallbacks'].map((k) => [k, note(k)]));
}

/** Creates the learner globals over `tf`, the site's files and a seeder, writing to `console`. */
export function createLearnerGlobals(tf: Tf, files: SiteFiles, seeder: Seeder, console: LearnerConsole): LearnerGlobals {
  return {
    tf,
    data: createDataApi(tf, files),
    models: createModelsApi(tf, files),
    seed: (n) => seeder.seed(n),
    time: createTime(tf),
    compare: createCompare(tf),
    sleep,
    show: consoleShow(console),
    console,
  };
}
