/**
 * A code cell as a share target (src/share/share-targets.ts): its Share button, where the
 * Shared code note goes (under the toolbar), and how shared code is shown and kept. Autosave
 * saves nothing while the cell shows shared code; keeping it saves it as the learner's edit.
 */
import type { ShareTarget } from '../../share/share-targets';
import type { CellAutosave } from './cell-autosave';
import type { CellView } from './cell-view';

/** The share target of `cell` on the page `lessonId`; `restored` settles once autosave put saved code back. */
export function cellShareTarget(lessonId: string, cell: CellView, autosave: CellAutosave, restored: Promise<unknown>): ShareTarget {
  return {
    place: { kind: 'cell', lesson: lessonId, cell: cell.id },
    root: cell.root,
    shareButton: cell.shareButton,
    noteAfter: cell.toolbar,
    focusAfter: cell.runButton,
    ready: restored,
    code: () => cell.code,
    setCode: (code) => {
      cell.code = code;
    },
    save: () => autosave.changed(cell),
  };
}
