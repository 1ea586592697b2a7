/**
 * Takes a page's code cells over: Run (on the static code at once), Stop, Reset with undo,
 * autosave, the lazy editor, the kernel bar, and Share (src/share/, which loads on use). This
 * part loads with the page and stays small; the kernel session's code (run-session.ts: KernelClient,
 * output views) and the charts load ahead of the first Run (prepare-first-run.ts), the kernel
 * worker and tfjs on the first Run, and the editor on the first click into the code.
 */
import type { BackendPreference } from '../backend-names';
import { cellSelector } from '../cell/cell-selectors';
import { runtimeMessages } from '../messages';
import type { KernelError } from '../protocol';
import { offerShareTarget } from '../../share/share-targets';
import { loadBackendPreference } from './backend-preferences';
import { createCellAutosave } from './cell-autosave';
import { bindCellEditing } from './cell-editing';
import { cellShareTarget } from './cell-share';
import { CellView } from './cell-view';
import { bindKernelBar } from './kernel-bar';
import { prepareFirstRunAhead } from './prepare-first-run';
import type { RunSession } from './run-session';

/** The page's runtime, as far as other scripts (and tests) need it. */
export interface LessonRuntime {
  cells: readonly CellView[];
  /** The kernel session, loading it on first call. */
  session(): Promise<RunSession>;
}

/** Starts the runtime for the page element holding `data-lesson-id` and its cells; undefined when there is none. */
export function startLessonRuntime(doc: Document = document): LessonRuntime | undefined {
  const page = doc.querySelector<HTMLElement>('[data-lesson-id]');
  if (!page) return undefined;
  const lessonId = page.dataset['lessonId'] ?? 'page';
  const defaultSeconds = Number(page.dataset['timeLimit'] ?? 60) || 60;
  const cells = [...page.querySelectorAll<HTMLElement>(cellSelector.cell)].map((root) => new CellView(root));
  const lastErrors = new Map<string, KernelError>();

  let loading: Promise<RunSession> | undefined;
  const session = () =>
    (loading ??= import('./run-session').then(({ createRunSession }) =>
      createRunSession({
        cells,
        baseUrl: new URL(import.meta.env.BASE_URL, doc.baseURI).href,
        lessonId,
        defaultSeconds,
        kernelBar,
        lastErrors,
      }),
    ));

  const bar = page.querySelector<HTMLElement>('[data-kernel-bar]');
  const kernelBar = bar
    ? bindKernelBar(
        bar,
        defaultSeconds,
        loadBackendPreference(),
        () => void session().then((s) => s.restart()),
        (preference: BackendPreference) => void session().then((s) => s.switchBackend(preference)),
      )
    : undefined;

  const run = (cell: CellView) => {
    if (cell.root.dataset['activity'] === 'queued' || cell.root.dataset['activity'] === 'running') return;
    // Feedback at once, while the session loads.
    cell.setActivity('queued');
    cell.setStatus(runtimeMessages.statusStarting());
    void session().then((s) => {
      cell.setActivity('idle');
      return s.run(cell);
    });
  };

  const autosave = createCellAutosave(lessonId, cells);
  bindCellEditing(lessonId, cells, {
    onRun: run,
    onChange: (cell) => autosave.changed(cell),
    lastError: (cell) => lastErrors.get(cell.id),
  });
  for (const cell of cells) {
    cell.enable();
    cell.runButton.addEventListener('click', () => run(cell));
    cell.stopButton.addEventListener('click', () => void loading?.then((s) => s.stop(cell)));
    cell.resetButton.addEventListener('click', () => autosave.reset(cell));
  }
  // The run session's code and the charts, loaded and warmed before the first Run asks for them.
  prepareFirstRunAhead(
    cells.map((cell) => cell.root),
    () =>
      void Promise.all([import('./run-session'), import('./output/chart-preload').then(({ preloadCharts }) => preloadCharts())]).catch(
        () => undefined,
      ),
  );
  const restored = autosave.restore();
  for (const cell of cells) offerShareTarget(cellShareTarget(lessonId, cell, autosave, restored));
  page.dataset['runtime'] = 'ready';
  return { cells, session };
}
