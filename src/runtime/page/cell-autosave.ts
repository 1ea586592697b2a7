/**
 * Autosave of edited cell code through the progress store (src/progress/store.ts): restores
 * the learner's code on load, saves as they type (debounced, and at once when the page is
 * hidden), and Reset back to the lesson's code with an "Undo reset" button. Code shown from a
 * share link is not saved until the learner keeps it.
 */
import { isShowingSharedCode } from '../../share/share-targets';
import { cellClass, cellSelector } from '../cell/cell-selectors';
import { runtimeMessages } from '../messages';
import type { CellView } from './cell-view';

type StoreModule = typeof import('../../progress/store');

/** Autosave for the cells of one page. */
export interface CellAutosave {
  /** Puts saved code back into the cells. */
  restore(): Promise<void>;
  /** Call when a cell's code changed in the editor. */
  changed(cell: CellView): void;
  /** Restores the lesson's code and offers to undo. */
  reset(cell: CellView): void;
}

const SAVE_DELAY_MS = 300;

/** Creates the autosave of `cells` on the lesson `lessonId`. */
export function createCellAutosave(lessonId: string, cells: readonly CellView[]): CellAutosave {
  let module: Promise<StoreModule> | undefined;
  let store: StoreModule | undefined;
  const load = () => (module ??= import('../../progress/store').then((loaded) => (store = loaded)));
  const timers = new Map<CellView, ReturnType<typeof setTimeout>>();
  const undoButtons = new Map<CellView, HTMLButtonElement>();

  const saveNow = (cell: CellView, into: StoreModule) => {
    // Shared code from a link is the learner's only once they keep it (src/share/open-shared.ts).
    if (isShowingSharedCode(cell.root)) return;
    if (cell.edited) into.saveCellCode(lessonId, cell.id, cell.code);
    else into.clearCellCode(lessonId, cell.id);
    cell.root.dataset['edited'] = String(cell.edited);
  };
  const flush = () => {
    for (const [cell, timer] of timers) {
      clearTimeout(timer);
      if (store) saveNow(cell, store);
    }
    timers.clear();
  };
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });

  const removeUndo = (cell: CellView) => {
    undoButtons.get(cell)?.remove();
    undoButtons.delete(cell);
  };
  const removeBadge = (cell: CellView) => cell.root.querySelector(cellSelector.restored)?.remove();

  return {
    async restore() {
      const loaded = await load();
      for (const cell of cells) {
        const saved = loaded.getCellCode(lessonId, cell.id);
        if (saved === undefined || saved === cell.originalCode) continue;
        cell.code = saved;
        cell.root.dataset['edited'] = 'true';
        const badge = document.createElement('span');
        badge.className = cellClass.restored;
        badge.textContent = runtimeMessages.restoredEdit();
        cell.resetButton.after(badge);
      }
    },
    changed(cell) {
      removeUndo(cell);
      clearTimeout(timers.get(cell));
      timers.set(
        cell,
        setTimeout(() => {
          timers.delete(cell);
          void load().then((loaded) => saveNow(cell, loaded));
        }, SAVE_DELAY_MS),
      );
    },
    reset(cell) {
      if (!cell.edited) return;
      const previous = cell.code;
      clearTimeout(timers.get(cell));
      timers.delete(cell);
      cell.code = cell.originalCode;
      removeBadge(cell);
      void load().then((loaded) => saveNow(cell, loaded));
      removeUndo(cell);
      const undo = document.createElement('button');
      undo.type = 'button';
      undo.className = `${cellClass.button} ${cellClass.undoReset}`;
      undo.textContent = runtimeMessages.undoReset();
      undo.addEventListener('click', () => {
        cell.code = previous;
        removeUndo(cell);
        void load().then((loaded) => saveNow(cell, loaded));
        cell.resetButton.focus();
      });
      cell.resetButton.after(undo);
      undoButtons.set(cell, undo);
    },
  };
}
