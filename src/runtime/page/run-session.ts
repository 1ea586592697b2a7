/**
 * The running half of a page's runtime, loaded on the first Run (or Restart, or backend switch):
 * the KernelClient and its worker, each cell's Output view, and what each run's outcome shows —
 * status, errors with their line (also as editor markers), stop notes and the leak report.
 */
import type { BackendPreference } from '../backend-names';
import type { DisplayMessage } from '../display/protocol';
import { OutputView } from './output/output-view';
import { preloadCharts } from './output/chart-preload';
import { KernelClient, type RunOutcome, type StopReason } from './kernel-client';
import { runtimeMessages } from '../messages';
import { runMessages } from '../run-messages';
import type { KernelError, KernelEvent, LeakReport } from '../protocol';
import { loadBackendPreference, loadProbe, saveBackendPreference, saveProbe } from './backend-preferences';
import type { CellView } from './cell-view';
import type { KernelBarView } from './kernel-bar';

/** What the session needs from the page. */
export interface RunSessionOptions {
  cells: readonly CellView[];
  /** The site's base URL, absolute. */
  baseUrl: string;
  /** The page's lesson (whose experiment log the kernel keeps). */
  lessonId?: string;
  defaultSeconds: number;
  kernelBar: KernelBarView | undefined;
  /** Each cell's last error, shared with the editor (which marks it once loaded). */
  lastErrors: Map<string, KernelError>;
}

/** The page's kernel session. */
export interface RunSession {
  readonly client: KernelClient;
  run(cell: CellView): Promise<void>;
  stop(cell: CellView): void;
  restart(): void;
  switchBackend(preference: BackendPreference): void;
}

function errorMessage(error: KernelError, detail?: string): DisplayMessage {
  return {
    kind: 'error',
    name: error.name,
    message: error.message,
    ...(error.line !== null ? { line: error.line } : {}),
    ...(error.column !== null ? { column: error.column } : {}),
    ...(detail !== undefined ? { detail } : {}),
  };
}

/** Creates the session: the kernel starts at once (the learner just asked for it). */
export function createRunSession({ cells, baseUrl, lessonId, defaultSeconds, kernelBar, lastErrors }: RunSessionOptions): RunSession {
  const byId = new Map(cells.map((cell) => [cell.id, cell]));
  const client = new KernelClient({
    baseUrl,
    ...(lessonId ? { lesson: lessonId } : {}),
    backend: loadBackendPreference(),
    probe: loadProbe(),
  });
  // Usually done before the first Run (prepare-first-run.ts); if the learner was quicker, the
  // charts load while the kernel worker loads tfjs, not when a run's first chart appears.
  preloadCharts();
  const views = new Map<string, OutputView>();
  /** The kernel (counted by restarts) that made each drawing pad: a pad talks only to its own. */
  const padKernels = new Map<string, number>();
  const sendInput = (padId: string, pixels: Float32Array) =>
    padKernels.get(padId) === client.state.restarts && client.sendInput(padId, pixels);
  const viewOf = (cell: CellView) => {
    let view = views.get(cell.id);
    if (!view) {
      view = new OutputView(cell.output, { sendInput });
      views.set(cell.id, view);
    }
    return view;
  };
  const render = (cell: CellView, message: DisplayMessage) => viewOf(cell).render(message);
  const notice = (cell: CellView, text: string, level: 'info' | 'warn' = 'warn') => render(cell, { kind: 'notice', level, text });

  /** Runs of each cell not yet ended, by cell id. */
  const pending = new Map<string, number>();
  const cellOfRun = new Map<number, CellView>();

  client.onState((state) => {
    kernelBar?.show(state);
    if (state.phase === 'ready' && state.ready?.probed && state.ready.probe) saveProbe(state.ready.probe);
  });
  client.onRunStart((runId) => {
    const cell = cellOfRun.get(runId);
    if (!cell) return;
    cell.setActivity('running');
    cell.setStatus(runtimeMessages.statusRunning());
  });
  client.onEvent((event: KernelEvent) => {
    if (event.type !== 'display' && event.type !== 'late-error') return;
    const cell = byId.get(event.cellId);
    if (!cell) return;
    if (event.type === 'display') {
      if (event.message.kind === 'drawpad-create') padKernels.set(event.message.id, client.state.restarts);
      render(cell, event.message);
      return;
    }
    render(cell, errorMessage(event.error, runMessages.lateError()));
    // An error after the cell finished still means the cell failed (unless it is running again).
    if (!pending.has(cell.id)) cell.setStatus(runMessages.statusError(event.error.line), 'error');
  });

  function showError(cell: CellView, error: KernelError) {
    lastErrors.set(cell.id, error);
    render(cell, errorMessage(error, error.kind === 'syntax' ? runMessages.syntaxHint() : undefined));
    if (error.line !== null) cell.editor?.showError(error.line, error.column, `${error.name}: ${error.message}`);
  }

  function showLeak(cell: CellView, leak: LeakReport | null) {
    if (leak) notice(cell, runMessages.leak(leak), leak.addedTensors > 0 ? 'warn' : 'info');
  }

  function showStop(cell: CellView, reason: StopReason, ms: number, limitSeconds: number) {
    if (reason === 'user') {
      cell.setStatus(runMessages.statusStoppedByYou(ms), 'stopped');
      notice(cell, runMessages.stoppedNotice());
    } else if (reason === 'time-limit') {
      cell.setStatus(runMessages.statusTimeLimit(limitSeconds), 'stopped');
      notice(cell, runMessages.timeLimitNotice(limitSeconds));
    } else if (reason === 'cancelled') {
      cell.setStatus(runMessages.statusDequeued(), 'stopped');
    } else if (reason === 'crash') {
      cell.setStatus(runMessages.statusCrashed(), 'stopped');
      notice(cell, runMessages.kernelCrashedNotice());
    } else if (ms > 0) {
      cell.setStatus(runMessages.statusStoppedByYou(ms), 'stopped');
      notice(cell, runMessages.kernelRestarted());
    } else {
      cell.setStatus(runMessages.statusCancelled(), 'stopped');
      notice(cell, runMessages.cancelledNotice());
    }
  }

  function showOutcome(cell: CellView, outcome: RunOutcome, limitSeconds: number) {
    if (outcome.status === 'done') {
      cell.setStatus(runMessages.statusDone(outcome.ms), 'done');
      showLeak(cell, outcome.leak);
    } else if (outcome.status === 'failed') {
      cell.setStatus(runMessages.statusError(outcome.error.line), 'error');
      showError(cell, outcome.error);
      showLeak(cell, outcome.leak);
      if (outcome.fatal) notice(cell, runMessages.kernelCrashedNotice());
    } else {
      showStop(cell, outcome.reason, outcome.ms, limitSeconds);
    }
  }

  return {
    client,
    async run(cell) {
      if (pending.has(cell.id)) return;
      cell.setActivity('queued');
      const idle = client.state.phase === 'ready' && client.runningRunId === undefined;
      const waiting = client.state.phase === 'ready' ? runtimeMessages.statusQueued() : runtimeMessages.statusStarting();
      cell.setStatus(idle ? runtimeMessages.statusRunning() : waiting);
      viewOf(cell).clear();
      lastErrors.delete(cell.id);
      cell.editor?.clearErrors();
      const limitSeconds = kernelBar?.timeLimitSeconds() ?? defaultSeconds;
      const { runId, outcome } = client.run(cell.code, cell.id, { timeLimitMs: limitSeconds * 1000 });
      pending.set(cell.id, runId);
      cellOfRun.set(runId, cell);
      const result = await outcome;
      pending.delete(cell.id);
      cellOfRun.delete(runId);
      cell.setActivity('idle');
      showOutcome(cell, result, limitSeconds);
    },
    stop(cell) {
      const runId = pending.get(cell.id);
      if (runId === undefined) return;
      if (client.runningRunId === runId) client.stop();
      else client.cancel(runId);
    },
    restart() {
      client.restart();
      kernelBar?.say(runMessages.kernelRestarted());
    },
    switchBackend(preference) {
      saveBackendPreference(preference);
      client.setBackend(preference);
    },
  };
}
