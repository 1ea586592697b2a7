/**
 * What a lesson page's cells and kernel bar say before and as a run starts: the cells' names and
 * buttons, their first statuses, the kernel bar, editing and autosave (pinned by
 * test/runtime/messages.test.ts). These load with the page; what a run says once it is under way
 * (how it ended, notices, errors) is in ./run.ts and loads with the run session.
 */
import { plural } from '../../plural';
import { BACKEND_LABELS, type BackendId } from '../runtime-units';

/** The backend the learner asked for: one, or the fastest here. */
export type BackendChoice = BackendId | 'auto';

const backendLabel = (name: BackendId) => BACKEND_LABELS[name];

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
  editorLabel: (index: number) => `Code of cell ${index}`,
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
