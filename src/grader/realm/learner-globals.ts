/**
 * The globals a learner's exercise code sees — the same names as in a lesson cell (tf, data,
 * models, seed, time, compare, sleep, test, expect, show, console) — built in the learner realm. Charts have no
 * place in grading, so `show.*` only notes in the console what it would have drawn.
 */
import type { Tf } from '../../runtime/tools/tf-type';
import type { SiteFiles } from '../../runtime/tools/fetch-bytes';
import { createLearnerTools, type LearnerTools } from '../../runtime/tools/learner-tools';
import { testMessages } from '../../runtime/testing/expect-messages';
import { gradeLabels } from '../messages';
import type { TestVerdict } from '../../runtime/testing/test-api';

/** The console methods learner code may call. */
export type LearnerConsole = Pick<Console, 'log' | 'info' | 'warn' | 'error'>;

/** The globals of exercise code: the learner tools, plus tf, show and console. */
export interface LearnerGlobals extends LearnerTools {
  tf: Tf;
  show: Record<string, (...args: unknown[]) => unknown>;
  console: LearnerConsole;
}

/** A `show` whose every method notes the call in the console and returns handles that do nothing. */
function consoleShow(console: LearnerConsole): LearnerGlobals['show'] {
  const handle = { push() {}, tick() {}, set() {}, done() {} };
  const note =
    (kind: string) =>
    (...args: unknown[]) => {
      const options = args.find((a): a is { title?: unknown } => typeof a === 'object' && a !== null && 'title' in a);
      console.info(gradeLabels.showInExercise(`show.${kind}${typeof options?.title === 'string' ? `: ${options.title}` : ''}`));
      return kind === 'fitCallbacks' ? {} : handle;
    };
  const names = ['line', 'scatter', 'images', 'table', 'heatmap', 'bars', 'reliability', 'drawPad', 'latency', 'progress', 'fitCallbacks'];
  return Object.fromEntries(names.map((k) => [k, note(k)]));
}

/**
 * Creates the learner globals over `tf` and the site's files (the same tools as a lesson cell),
 * writing to `console`; `test(...)` verdicts are written there too, one line each.
 */
export function createLearnerGlobals(tf: Tf, files: SiteFiles, console: LearnerConsole): LearnerGlobals {
  const reportTest = (verdict: TestVerdict) => console.log(testMessages.verdict(verdict.name, verdict.status, verdict.message));
  return { tf, ...createLearnerTools(tf, files, { reportTest }), show: consoleShow(console), console };
}
