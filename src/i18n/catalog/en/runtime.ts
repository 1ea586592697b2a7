/**
 * Every learner-facing text of the kernel, cell controls and kernel bar (pinned by
 * test/runtime/messages.test.ts).
 *
 * A cell's status always ends in "done", "error" or "stopped" once a run ends (in Chinese
 * "完成", "出错" or "已停止"), so tests and assistive technology can tell the outcome from the
 * last word.
 */
import { plural } from '../../plural';
import { BACKEND_LABELS, formatBytes, formatRunTime, type BackendId } from '../runtime-units';

/** The backend the learner asked for: one, or the fastest here. */
export type BackendChoice = BackendId | 'auto';

/** Memory still held after a run, and what the run added (the shape of the runtime's LeakReport). */
export interface LeakFigures {
  after: { numTensors: number; numBytes: number };
  addedTensors: number;
  addedBytes: number;
}

const formatDuration = (ms: number) => formatRunTime(ms, 'en');
const backendLabel = (name: BackendId) => BACKEND_LABELS[name];
const tensors = (n: number) => `${n} ${plural(n, { one: 'tensor', other: 'tensors' }, 'en')}`;

export const runtimeMessages = {
  // A cell's accessible names: its region, buttons and Output (see src/runtime/cell/cell-tree.ts).
  cellName: (index: number) => `Code cell ${index}`,
  runButton: () => 'Run',
  stopButton: () => 'Stop',
  resetButton: () => 'Reset',
  outputName: () => 'Output',

  // Cell status (role="status" next to the buttons).
  statusNotRun: () => 'Not run yet',
  statusQueued: () => 'Waiting for the cell before it…',
  statusStarting: () => 'Starting the kernel…',
  statusRunning: () => 'Running…',
  statusDone: (ms: number) => `Ran in ${formatDuration(ms)} — done`,
  statusError: (line: number | null) => (line === null ? 'Failed — error' : `Failed on line ${line} — error`),
  statusStoppedByYou: (ms: number) => `Interrupted after ${formatDuration(ms)} — stopped`,
  statusTimeLimit: (seconds: number) => `Over the ${seconds} s time limit — stopped`,
  statusCancelled: () => 'Not run: the kernel restarted — stopped',
  statusDequeued: () => 'Taken off the queue — stopped',
  statusCrashed: () => 'The kernel crashed — stopped',

  // Notices in a cell's Output.
  stoppedNotice: () =>
    'You stopped this run. The kernel restarted, so everything earlier cells defined is gone: run them again before cells that use their names.',
  timeLimitNotice: (seconds: number) =>
    `This run went past the ${seconds} s time limit, so it was stopped and the kernel restarted (names from earlier cells are gone). ` +
    'If the run needs longer, raise "Time limit" in the kernel bar at the top of the page, run the earlier cells again, then this one.',
  cancelledNotice: () => 'This cell was waiting to run when the kernel restarted, so it did not run.',
  kernelCrashedNotice: () =>
    'The kernel crashed (this usually means memory ran out) and restarted clean. Names from earlier cells are gone: run them again.',
  leak: (leak: LeakFigures) => {
    const held = `Memory after this run: ${tensors(leak.after.numTensors)} (${formatBytes(leak.after.numBytes)}) allocated`;
    if (leak.addedTensors > 0) {
      return (
        `${held}; this run added ${tensors(leak.addedTensors)} (${formatBytes(leak.addedBytes)}). ` +
        'If you do not need them, free tensors with tensor.dispose(), or compute inside tf.tidy(() => …) so intermediates are freed for you.'
      );
    }
    if (leak.addedTensors < 0) return `${held}; this run freed ${tensors(-leak.addedTensors)}.`;
    return `${held}; this run added none.`;
  },

  // Errors (the raw message is shown too, by the output view).
  /** The name an error line gives a thrown value that is not an Error (`throw 42`). */
  thrownValueName: () => 'Thrown value',
  thrownValue: (shown: string) =>
    `The cell threw ${shown}, which is not an Error, so there is no message or line. Throw new Error("what went wrong") instead.`,
  unhandledRejection: (reason: string) =>
    `A promise was rejected and nothing awaited or caught it: ${reason}. Await the promise (or add .catch) so the error stops the cell where it happens.`,
  syntaxHint: () => 'The code does not parse: check the line above for a missing bracket, comma or quote.',
  importHint: () => 'Cells cannot use import/export statements. tf, show, data, models, seed, time, compare and sleep are ready to use.',
  outOfMemory: (detail: string) =>
    `Not enough memory for this tensor (${detail}). Use a smaller shape, or free tensors you no longer need with dispose().`,
  /** Why the WASM backend refused an allocation (the detail of outOfMemory; src/runtime/kernel/memory-guard.ts). */
  tensorTooLarge: (dtype: string, shape: readonly number[], bytes: number, limit: number) =>
    `a ${dtype} tensor of shape [${shape.join(', ')}] needs ${formatBytes(bytes)}; this backend holds at most ${formatBytes(limit)} per tensor`,
  lateError: () => 'This error happened after the cell finished (in a timer or an un-awaited promise).',
  crashedDuringRun: () => 'The kernel stopped responding during this run.',

  // Kernel bar.
  kernelIdle: () => 'Kernel starts on the first Run',
  kernelStarting: (backend: BackendChoice) =>
    backend === 'auto' ? 'Starting the kernel and measuring the fastest backend…' : `Starting the kernel on ${backendLabel(backend)}…`,
  /**
   * `cores`: the page's logical cores (the kernel computes on every core but one of them).
   * `isolatedBy`: who made the page cross-origin isolated, once the site's service worker has
   * said so — the host's headers (nothing to add) or the worker itself, on a host that sends none
   * (GitHub Pages). `offlineWorker`: the site registers its service worker in this browser, so a
   * page that is not isolated will be from the next one on.
   */
  kernelReady: (
    backend: BackendId,
    wasmThreads: number | null,
    isolated: boolean,
    cores?: number,
    { isolatedBy, offlineWorker = false }: { isolatedBy?: 'host' | 'service-worker'; offlineWorker?: boolean } = {},
  ) => {
    let note = '';
    if (backend === 'wasm') {
      const threads = wasmThreads ?? 1;
      if (!isolated) {
        note = ', threads off (the page is not cross-origin isolated)';
        if (offlineWorker)
          note += ". This host sends no isolation headers: the site's service worker adds them from the next page you open";
      } else if (cores === undefined || cores <= threads)
        note = `, threads on (${threads} ${plural(threads, { one: 'thread', other: 'threads' }, 'en')})`;
      else note = `, threads on (${threads} of ${cores} cores${cores - threads === 1 ? '; one is left for this page' : ''})`;
      if (isolated && isolatedBy === 'service-worker')
        note += ". This host sends no isolation headers: the site's service worker adds them";
    }
    return `Kernel ready on ${backendLabel(backend)}${note}`;
  },
  workerFailedToLoad: () => 'the kernel worker failed to load',
  kernelNotStarted: () => 'the kernel did not start',
  noBackend: () => 'no TensorFlow.js backend could start in this browser',
  editorLabel: (index: number) => `Code of cell ${index}`,
  kernelRestarted: () => 'Kernel restarted: names from earlier runs are gone.',
  kernelFailed: (message: string) => `The kernel could not start: ${message}. Press Restart to try again.`,
  backendFallback: (requested: BackendId, used: BackendId) =>
    `${backendLabel(requested)} is not available in this browser, so the kernel runs on ${backendLabel(used)}.`,
  autoOption: (chosen: BackendId | undefined) =>
    chosen === undefined ? 'Auto (fastest here)' : `Auto (fastest here: ${backendLabel(chosen)})`,
  softwareWebglOption: () => 'WebGL (software renderer here: slow)',
  backendOption: (name: BackendId, probeMs: number | null | undefined) => {
    if (probeMs === null) return `${backendLabel(name)} (not available)`;
    return probeMs === undefined ? backendLabel(name) : `${backendLabel(name)} (${probeMs.toFixed(1)} ms per probe)`;
  },

  // Editing and autosave.
  editHint: () => 'Click to edit this code',
  editorLoading: () => 'Loading the editor…',
  editorFailed: (message: string) => `The editor could not load (${message}); you can still run the code as shown.`,
  undoReset: () => 'Undo reset',
  resetDone: () => 'Code reset to the lesson’s version.',
  restoredEdit: () => 'Your edited code (saved in this browser)',

  // Editing by keyboard (src/editor/edit-keys.ts): the code's accessible description, and what
  // the editor says when the learner types before pressing Enter.
  editKeys: () => 'Press Enter to edit the code, Escape to stop editing. Ctrl+Enter (Cmd+Enter on a Mac) runs the cell.',
  editPrompt: () => 'Press Enter to edit the code.',

  /** The kernel bar's status when the kernel fell back to another backend: the two sentences. */
  readyWithFallback: (ready: string, fallback: string) => `${ready}. ${fallback}`,
};
