/**
 * Swaps a cell's static code for the Monaco editor the first time the learner clicks or focuses
 * it. Monaco (≈ 2.6 MB) loads only then; until it does, Run uses the static code.
 */
import { runtimeMessages } from '../messages';
import type { KernelError } from '../protocol';
import type { CellView } from './cell-view';

/** What editing needs from the page. */
export interface CellEditingHooks {
  /** Ctrl/Cmd+Enter in the editor. */
  onRun(cell: CellView): void;
  /** The code changed in the editor. */
  onChange(cell: CellView): void;
  /** The cell's last error, to mark its line once the editor is there. */
  lastError(cell: CellView): KernelError | undefined;
}

/** Makes every cell's static code open the editor on click or focus. */
export function bindCellEditing(lessonId: string, cells: readonly CellView[], hooks: CellEditingHooks): void {
  for (const cell of cells) {
    const block = cell.staticBlock;
    if (!block) continue;
    block.tabIndex = 0;
    block.title = runtimeMessages.editHint();
    let opening: Promise<void> | undefined;
    const open = () => {
      opening ??= openEditor(lessonId, cell, block, hooks).catch((error: unknown) => {
        block.title = runtimeMessages.editorFailed(error instanceof Error ? error.message : String(error));
        opening = undefined;
      });
    };
    block.addEventListener('pointerdown', open);
    block.addEventListener('focus', open);
  }
}

async function openEditor(lessonId: string, cell: CellView, block: HTMLElement, hooks: CellEditingHooks): Promise<void> {
  block.setAttribute('aria-busy', 'true');
  cell.root.dataset['editor'] = 'loading';
  const { attachCellEditor } = await import('../../editor/cell-editor');
  const editor = await attachCellEditor(block, {
    code: cell.code,
    uri: `file:///cells/${lessonId}/${cell.id}.js`,
    ariaLabel: runtimeMessages.editorLabel(cell.index),
    onRun: () => hooks.onRun(cell),
    onChange: () => hooks.onChange(cell),
  });
  cell.editor = editor;
  cell.root.dataset['editor'] = 'ready';
  const error = hooks.lastError(cell);
  if (error && error.line !== null) editor.showError(error.line, error.column, `${error.name}: ${error.message}`);
  editor.focus();
}
