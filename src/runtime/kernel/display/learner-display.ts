/**
 * Everything learner code uses to show things, created once per kernel worker:
 * `show` (the learner API's charts, tables, images, progress and fitCallbacks) and `console`
 * (installed by the kernel as the worker's global console, so tensor.print() lands here too).
 * All output goes through one flood-controlled queue to `post`.
 */
import type * as tfTypes from '@tensorflow/tfjs';
import { createFitDisplay, type FitCallbacksOptions } from './fit-display';
import { createLearnerConsole, type LearnerConsole } from './learner-console';
import { createOutputQueue, type OutputQueueOptions } from './output-queue';
import type { DisplayMessage, DownloadMessage } from '../../display/protocol';
import { createShowApi, type ShowApi } from './show-api';
import { createDrawPads, type DrawPad, type DrawPadOptions, type DrawPads } from './draw-pad';
import { testMessages } from '../../testing/expect-messages';
import type { TestVerdict } from '../../testing/test-api';

/** The `show` global of the learner API. */
export interface Show extends ShowApi {
  /** Callbacks for model.fit: a live chart of `metrics` per epoch and a progress bar with ETA. */
  fitCallbacks(options?: FitCallbacksOptions): tfTypes.Callback;
  /** A drawing pad (mouse, touch, keyboard) whose every change calls onChange; its result shows under the pad. */
  drawPad(options?: DrawPadOptions): DrawPad;
}

/** What the kernel gets: the two globals and the run hooks. */
export interface LearnerDisplay {
  show: Show;
  console: LearnerConsole;
  /** Call before each run: restarts the per-run output cap. */
  beginRun(): void;
  /** Call when a run ends (or before posting the run's result): posts everything still waiting. */
  flush(): void;
  /** Gives model.fit calls without callbacks an automatic progress bar. */
  installAutoFitProgress(): void;
  /** Puts a download link into the running cell's Output (`models.save(model, 'downloads://name')`). */
  offerDownload: (download: Omit<DownloadMessage, 'kind' | 'id'>) => void;
  /** Puts a `test(...)` verdict into the running cell's Output (a list of verdicts). */
  reportTest: (verdict: TestVerdict) => void;
  /** The drawing pads, for the kernel to pass them the page's drawings. */
  pads: Pick<DrawPads, 'beginRun' | 'offer' | 'take' | 'ownerOf'>;
  /** Puts the Experiment log panel (export, import of `lesson`'s log) into the running cell's Output (`log.compare`). */
  offerLogPanel: (lesson: string) => void;
}

/** Creates the display of one kernel; `options` lets tests control the clock and timers. */
export function createLearnerDisplay(
  post: (message: DisplayMessage) => void,
  tf: typeof tfTypes,
  options: OutputQueueOptions = {},
): LearnerDisplay {
  const now = options.now ?? (() => performance.now());
  const queue = createOutputQueue(post, options);
  const prefix = Math.random().toString(36).slice(2, 8);
  let counter = 0;
  const nextId = (kind: string) => `${kind}-${prefix}-${++counter}`;
  const api = createShowApi(queue, nextId, now, (fn) => tf.tidy(fn));
  const pads = createDrawPads(queue, nextId, tf);
  const fit = createFitDisplay({ tf, queue, show: api, nextId, now });
  const show: Show = { ...api, fitCallbacks: fit.fitCallbacks, drawPad: pads.drawPad };
  // console.table draws a real table; anything show.table cannot take is printed like console.log.
  const consoleTable = (rows: unknown, columns: string[] | undefined) => {
    const list = rows !== null && typeof rows === 'object' && !Array.isArray(rows) && !(rows instanceof Map) ? objectRows(rows) : rows;
    try {
      api.table(list, columns ? { columns } : {});
    } catch {
      learnerConsole.log(rows);
    }
  };
  const learnerConsole = createLearnerConsole(queue, consoleTable, now);
  return {
    show,
    console: learnerConsole,
    beginRun: () => queue.beginRun(),
    flush: () => queue.flush(),
    installAutoFitProgress: fit.installAutoFitProgress,
    offerDownload: (download) => queue.send({ kind: 'download', id: nextId('download'), ...download }),
    reportTest: (verdict) =>
      queue.send({
        kind: 'test-result',
        status: verdict.status,
        text: testMessages.verdict(verdict.name, verdict.status, verdict.message),
      }),
    pads,
    offerLogPanel: (lesson) => queue.send({ kind: 'log-panel', id: nextId('log-panel'), lesson }),
  };
}

/** console.table({ a: 1, b: { x: 2 } }): one row per key, like a browser console. */
function objectRows(value: object): Array<Record<string, unknown>> {
  return Object.entries(value as Record<string, unknown>).map(([key, entry]) =>
    entry !== null && typeof entry === 'object' && !Array.isArray(entry)
      ? { '(index)': key, ...(entry as Record<string, unknown>) }
      : { '(index)': key, Values: entry },
  );
}
