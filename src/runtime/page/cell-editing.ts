/**
 * Makes a cell's code editable on purpose (src/editor/edit-keys.ts): the static code is a
 * read-only textbox in the tab order, and focusing it changes nothing; Enter or a click swaps it
 * for the Monaco editor in editing mode (Monaco, ≈ 2.6 MB, loads only then), Ctrl/Cmd+Enter runs
 * it. Until the editor is there, Run uses the static code. How it works is the code's accessible
 * description, one hidden sentence per page.
 */
import { editKeyAction } from '../../editor/edit-keys';
import { runtimeMessages } from '../messages';
import type { KernelError } from '../protocol';
import type { CellView } from './cell-view';

/** What editing needs from the page. */
export interface CellEditingHooks {
  /** Ctrl/Cmd+Enter in the code. */
  onRun(cell: CellView): void;
  /** The code changed in the editor. */
  onChange(cell: CellView): void;
  /** The cell's last error, to mark its line once the editor is there. */
  lastError(cell: CellView): KernelError | undefined;
}

/** The id of the page's sentence saying how to edit a cell's code. */
export const CELL_EDIT_KEYS_ID = 'cell-edit-keys';

/** The hidden sentence the code of every cell is described by (hidden text still describes). */
function editKeysDescription(doc: Document): string {
  if (!doc.getElementById(CELL_EDIT_KEYS_ID)) {
    const text = doc.createElement('p');
    text.id = CELL_EDIT_KEYS_ID;
    text.hidden = true;
    text.textContent = runtimeMessages.editKeys();
    doc.body.append(text);
  }
  return CELL_EDIT_KEYS_ID;
}

/** Makes every cell's static code open the editor on Enter or a click. */
export function bindCellEditing(lessonId: string, cells: readonly CellView[], hooks: CellEditingHooks): void {
  for (const cell of cells) {
    const block = cell.staticBlock;
    if (!block) continue;
    const describedBy = editKeysDescription(block.ownerDocument);
    block.tabIndex = 0;
    block.setAttribute('role', 'textbox');
    block.setAttribute('aria-readonly', 'true');
    block.setAttribute('aria-multiline', 'true');
    block.setAttribute('aria-label', runtimeMessages.editorLabel(cell.index));
    block.setAttribute('aria-describedby', describedBy);
    block.title = runtimeMessages.editHint();
    let opening: Promise<void> | undefined;
    const open = () => {
      opening ??= openEditor(lessonId, cell, block, describedBy, hooks).catch((error: unknown) => {
        block.title = runtimeMessages.editorFailed(error instanceof Error ? error.message : String(error));
        block.removeAttribute('aria-busy');
        delete cell.root.dataset['editor'];
        opening = undefined;
      });
    };
    block.addEventListener('keydown', (event) => {
      const action = editKeyAction(event, false);
      if (!action) return;
      event.preventDefault();
      if (action === 'run') hooks.onRun(cell);
      else open();
    });
    block.addEventListener('click', () => {
      // Selecting text to copy it is not asking to edit.
      const selection = block.ownerDocument.getSelection();
      if (selection && !selection.isCollapsed && block.contains(selection.anchorNode)) return;
      open();
    });
  }
}

async function openEditor(
  lessonId: string,
  cell: CellView,
  block: HTMLElement,
  describedBy: string,
  hooks: CellEditingHooks,
): Promise<void> {
  block.setAttribute('aria-busy', 'true');
  cell.root.dataset['editor'] = 'loading';
  const { attachCellEditor } = await import('../../editor/cell-editor');
  const editor = await attachCellEditor(block, {
    code: cell.code,
    uri: `file:///cells/${lessonId}/${cell.id}.js`,
    ariaLabel: runtimeMessages.editorLabel(cell.index),
    editing: true,
    describedBy,
    readOnlyMessage: runtimeMessages.editPrompt(),
    onRun: () => hooks.onRun(cell),
    onChange: () => hooks.onChange(cell),
  });
  cell.editor = editor;
  cell.root.dataset['editor'] = 'ready';
  const error = hooks.lastError(cell);
  if (error && error.line !== null) editor.showError(error.line, error.column, `${error.name}: ${error.message}`);
}
