/**
 * Takes a page's code cells over: Run (on the static code at once), Stop, Reset with undo,
 * autosave, the lazy editor, and the kernel bar. One KernelClient per page; its worker, tfjs,
 * the output views and the editor load only when first needed, so the page's first load stays
 * small.
 */
import type { BackendPreference } from '../backend-names';
import type { DisplayMessage } from '../display/protocol';
import type { OutputView } from '../display/output-view';
import { KernelClient, type RunOutcome } from '../kernel-client';
import { runtimeMessages } from '../messages';
import type { KernelError, KernelEvent, LeakReport } from '../protocol';
import { loadBackendPreference, loadProbe, saveBackendPreference, saveProbe } from './backend-preferences';
import { CellView } from './cell-view';
import { bindKernelBar } from './kernel-bar';
import { bindCellEditing } from './cell-editing';
import { createCellAutosave } from './cell-autosave';

type OutputModule = typeof import('../display/output-view');

/** Starts the runtime for the page element holding `data-lesson-id` (and its cells); returns undefined when there is none. */
export function startLessonRuntime(doc: Document = document): KernelClient | undefined {
  const page = doc.querySelector<HTMLElement>('[data-lesson-id]');
  if (!page) return undefined;
  const lessonId = page.dataset['lessonId'] ?? 'page';
  const defaultSeconds = Number(page.dataset['timeLimit'] ?? 60) || 60;
  const cells = [...page.querySelectorAll<HTMLElement>('section.cell[data-cell-id]')].map((root) => new CellView(root));
  const byId = new Map(cells.map((cell) => [cell.id, cell]));

  const client = new KernelClient({
    baseUrl: new URL(import.meta.env.BASE_URL, doc.baseURI).href,
    backend: loadBackendPreference(),
    probe: loadProbe(),
  });

  let outputModule: Promise<OutputModule> | undefined;
  const loadOutputs = () => (outputModule ??= import('../display/output-view'));
  const views = new Map<string, OutputView>();
  const viewOf = (cell: CellView, module: OutputModule) => {
    let view = views.get(cell.id);
    if (!view) {
      view = new module.OutputView(cell.output);
      views.set(cell.id, view);
    }
    return view;
  };
  const render = (cell: CellView, message: DisplayMessage) => {
    void loadOutputs().then((module) => viewOf(cell, module).render(message));
  };

  const bar = page.querySelector<HTMLElement>('[data-kernel-bar]');
  const kernelBar = bar
    ? bindKernelBar(bar, defaultSeconds, client.state.preference, () => restart(), (preference) => switchBackend(preference))
    : undefined;
  client.onState((state) => {
    kernelBar?.show(state);
    if (state.phase === 'ready' && state.ready?.probed && state.ready.probe) saveProbe(state.ready.probe);
  });

  const autosave = createCellAutosave(lessonId, cells);
  const lastErrors = new Map<string, KernelError>();
  bindCellEditing(lessonId, cells, {
    onRun: (cell) => void runCell(cell),
    onChange: (cell) => autosave.changed(cell),
    lastError: (cell) => lastErrors.get(cell.id),
  });

  /** Runs of each cell not yet ended, by cell id. */
  const pending = new Map<string, number>();
  const cellOfRun = new Map<number, CellView>();

  client.onRunStart((runId) => {
    const cell = cellOfRun.get(runId);
    if (!cell) return;
    cell.setActivity('running');
    cell.setStatus(runtimeMessages.statusRunning());
  });
  client.onEvent((event: KernelEvent) => {
    if (event.type === 'display') {
      const cell = byId.get(event.cellId);
      if (cell) render(cell, event.message);
    } else if (event.type === 'late-error') {
      const cell = byId.get(event.cellId);
      if (!cell) return;
      render(cell, errorMessage(event.error, runtimeMessages.lateError()));
      // An error after the cell finished still means the cell failed (unless it is running again).
      if (!pending.has(cell.id)) cell.setStatus(runtimeMessages.statusError(event.error.line), 'error');
    }
  });

  function showError(cell: CellView, error: KernelError) {
    lastErrors.set(cell.id, error);
    render(cell, errorMessage(error, error.kind === 'syntax' ? runtimeMessages.syntaxHint() : undefined));
    if (error.line !== null) cell.editor?.showError(error.line, error.column, `${error.name}: ${error.message}`);
  }

  function showLeak(cell: CellView, leak: LeakReport | null) {
    if (leak) render(cell, { kind: 'notice', level: leak.addedTensors > 0 ? 'warn' : 'info', text: runtimeMessages.leak(leak) });
  }

  function showOutcome(cell: CellView, outcome: RunOutcome, limitSeconds: number) {
    switch (outcome.status) {
      case 'done':
        cell.setStatus(runtimeMessages.statusDone(outcome.ms), 'done');
        showLeak(cell, outcome.leak);
        return;
      case 'failed':
        cell.setStatus(runtimeMessages.statusError(outcome.error.line), 'error');
        showError(cell, outcome.error);
        showLeak(cell, outcome.leak);
        if (outcome.fatal) render(cell, { kind: 'notice', level: 'warn', text: runtimeMessages.kernelCrashedNotice() });
        return;
      case 'stopped':
        showStop(cell, outcome.reason, outcome.ms, limitSeconds);
        return;
    }
  }

  function showStop(cell: CellView, reason: Extract<RunOutcome, { status: 'stopped' }>['reason'], ms: number, limitSeconds: number) {
    const notice = (text: string) => render(cell, { kind: 'notice', level: 'warn', text });
    if (reason === 'user') {
      cell.setStatus(runtimeMessages.statusStoppedByYou(ms), 'stopped');
      notice(runtimeMessages.stoppedNotice());
    } else if (reason === 'time-limit') {
      cell.setStatus(runtimeMessages.statusTimeLimit(limitSeconds), 'stopped');
      notice(runtimeMessages.timeLimitNotice(limitSeconds));
    } else if (reason === 'cancelled') {
      cell.setStatus(runtimeMessages.statusDequeued(), 'stopped');
    } else if (reason === 'crash') {
      cell.setStatus(runtimeMessages.statusCrashed(), 'stopped');
      notice(runtimeMessages.kernelCrashedNotice());
    } else if (ms > 0) {
      cell.setStatus(runtimeMessages.statusStoppedByYou(ms), 'stopped');
      notice(runtimeMessages.kernelRestarted());
    } else {
      cell.setStatus(runtimeMessages.statusCancelled(), 'stopped');
      notice(runtimeMessages.cancelledNotice());
    }
  }

  async function runCell(cell: CellView): Promise<void> {
    if (pending.has(cell.id)) return;
    pending.set(cell.id, 0);
    cell.setActivity('queued');
    const busy = client.state.phase !== 'ready' ? runtimeMessages.statusStarting() : runtimeMessages.statusQueued();
    cell.setStatus(client.runningRunId === undefined && client.state.phase === 'ready' ? runtimeMessages.statusRunning() : busy);
    client.start();
    const module = await loadOutputs();
    viewOf(cell, module).clear();
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
  }

  function stopCell(cell: CellView) {
    const runId = pending.get(cell.id);
    if (runId === undefined) return;
    if (client.runningRunId === runId) client.stop();
    else client.cancel(runId);
  }

  function restart() {
    client.restart();
    kernelBar?.say(runtimeMessages.kernelRestarted());
  }

  function switchBackend(preference: BackendPreference) {
    saveBackendPreference(preference);
    client.setBackend(preference);
  }

  for (const cell of cells) {
    cell.enable();
    cell.runButton.addEventListener('click', () => void runCell(cell));
    cell.stopButton.addEventListener('click', () => stopCell(cell));
    cell.resetButton.addEventListener('click', () => autosave.reset(cell));
  }
  void autosave.restore();
  page.dataset['runtime'] = 'ready';
  return client;
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
