/**
 * Every learner-facing text of the kernel, cell controls and kernel bar, in one place (for
 * wording reviews and translation). Pinned by test/runtime/messages.test.ts.
 *
 * A cell's status always ends in "done", "error" or "stopped" once a run ends, so tests and
 * assistive technology can tell the outcome from the last word.
 */
import type { BackendName, BackendPreference } from './backend-names';
import type { LeakReport } from './protocol';

/** Bytes as a short human size: 512 B, 1.5 KB, 12 MB, 40 GB. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1);
  return `${bytes < 0 ? '-' : ''}${shown} ${units[unit]}`;
}

/** Milliseconds as "12 ms" below a second, "1.2 s" above. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

const tensors = (n: number) => `${n} ${Math.abs(n) === 1 ? 'tensor' : 'tensors'}`;

const BACKEND_LABELS: Record<BackendName, string> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

/** A backend's display name. */
export const backendLabel = (name: BackendName) => BACKEND_LABELS[name];

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
  leak: (leak: LeakReport) => {
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
  thrownValue: (shown: string) =>
    `The cell threw ${shown}, which is not an Error, so there is no message or line. Throw new Error("what went wrong") instead.`,
  unhandledRejection: (reason: string) =>
    `A promise was rejected and nothing awaited or caught it: ${reason}. Await the promise (or add .catch) so the error stops the cell where it happens.`,
  syntaxHint: () => 'The code does not parse: check the line above for a missing bracket, comma or quote.',
  importHint: () => 'Cells cannot use import/export statements. tf, show, data, models, seed, time, compare and sleep are ready to use.',
  outOfMemory: (detail: string) =>
    `Not enough memory for this tensor (${detail}). Use a smaller shape, or free tensors you no longer need with dispose().`,
  lateError: () => 'This error happened after the cell finished (in a timer or an un-awaited promise).',
  crashedDuringRun: () => 'The kernel stopped responding during this run.',

  // Kernel bar.
  kernelIdle: () => 'Kernel starts on the first Run',
  kernelStarting: (backend: BackendPreference) =>
    backend === 'auto' ? 'Starting the kernel and measuring the fastest backend…' : `Starting the kernel on ${backendLabel(backend)}…`,
  /**
   * `cores`: the page's logical cores (the kernel computes on every core but one of them).
   * `isolatedBy`: who made the page cross-origin isolated, once the site's service worker has
   * said so — the host's headers (nothing to add) or the worker itself, on a host that sends none
   * (GitHub Pages). `offlineWorker`: the site registers its service worker in this browser, so a
   * page that is not isolated will be from the next one on.
   */
  kernelReady: (
    backend: BackendName,
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
      } else if (cores === undefined || cores <= threads) note = `, threads on (${threads} thread${threads === 1 ? '' : 's'})`;
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
  backendFallback: (requested: BackendName, used: BackendName) =>
    `${backendLabel(requested)} is not available in this browser, so the kernel runs on ${backendLabel(used)}.`,
  autoOption: (chosen: BackendName | undefined) =>
    chosen === undefined ? 'Auto (fastest here)' : `Auto (fastest here: ${backendLabel(chosen)})`,
  softwareWebglOption: () => 'WebGL (software renderer here: slow)',
  backendOption: (name: BackendName, probeMs: number | null | undefined) => {
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
} as const;
