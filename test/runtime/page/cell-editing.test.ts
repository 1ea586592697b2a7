// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CellEditorOptions } from '../../../src/editor/cell-editor';
import { runtimeMessages } from '../../../src/runtime/messages';
import { CELL_EDIT_KEYS_ID, bindCellEditing } from '../../../src/runtime/page/cell-editing';
import { mountCell } from './mount-cell';

const attached = vi.hoisted(() => [] as { block: HTMLElement; options: CellEditorOptions }[]);
vi.mock('../../../src/editor/cell-editor', () => ({
  attachCellEditor: (block: HTMLElement, options: CellEditorOptions) => {
    attached.push({ block, options });
    let code = options.code;
    return Promise.resolve({
      getCode: () => code,
      setCode: (next: string) => (code = next),
      showError: () => {},
      clearErrors: () => {},
      focus: () => {},
      dispose: () => {},
    });
  },
}));

const hooks = () => ({ onRun: vi.fn(), onChange: vi.fn(), lastError: () => undefined });

const key = (target: HTMLElement, init: KeyboardEventInit) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};

/** Lets the dynamic import and the editor's promise settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  attached.length = 0;
  document.body.replaceChildren();
});

describe('editing a cell on purpose', () => {
  it('makes the static code a read-only textbox in the tab order, described by how to edit it', () => {
    const cell = mountCell('a', 'const x = 1;', 2);
    bindCellEditing('lesson', [cell], hooks());
    const block = cell.staticBlock!;
    expect(block.tabIndex).toBe(0);
    expect(block.getAttribute('role')).toBe('textbox');
    expect(block.getAttribute('aria-readonly')).toBe('true');
    expect(block.getAttribute('aria-label')).toBe('Code of cell 2');
    expect(block.getAttribute('aria-describedby')).toBe(CELL_EDIT_KEYS_ID);
    expect(document.getElementById(CELL_EDIT_KEYS_ID)?.textContent).toBe(runtimeMessages.editKeys());
  });

  it('shares one description among the cells of a page', () => {
    const cells = [mountCell('a', '1', 1), mountCell('b', '2', 2)];
    bindCellEditing('lesson', cells, hooks());
    expect(document.querySelectorAll(`#${CELL_EDIT_KEYS_ID}`)).toHaveLength(1);
    expect(cells.map((cell) => cell.staticBlock?.getAttribute('aria-describedby'))).toEqual([CELL_EDIT_KEYS_ID, CELL_EDIT_KEYS_ID]);
  });

  it('never opens the editor or changes the code on focus, Tab or typing', async () => {
    const cell = mountCell('a', 'const x = 1;');
    bindCellEditing('lesson', [cell], hooks());
    const block = cell.staticBlock!;
    block.focus();
    block.dispatchEvent(new FocusEvent('focus'));
    for (const pressed of ['Tab', 'a', ' ', 'Escape', 'Backspace'])
      expect(key(block, { key: pressed }).defaultPrevented, pressed).toBe(false);
    await settle();
    expect(attached).toHaveLength(0);
    expect(cell.code).toBe('const x = 1;');
  });

  it('opens the editor in editing mode on Enter, once', async () => {
    const cell = mountCell('a', 'const x = 1;');
    bindCellEditing('lesson', [cell], hooks());
    const block = cell.staticBlock!;
    expect(key(block, { key: 'Enter' }).defaultPrevented).toBe(true);
    key(block, { key: 'Enter' });
    await settle();
    expect(attached).toHaveLength(1);
    expect(attached[0]?.options).toMatchObject({
      code: 'const x = 1;',
      editing: true,
      describedBy: CELL_EDIT_KEYS_ID,
      ariaLabel: 'Code of cell 1',
      readOnlyMessage: runtimeMessages.editPrompt(),
    });
    expect(cell.root.dataset['editor']).toBe('ready');
    expect(cell.editor).toBeDefined();
  });

  it('runs on Ctrl+Enter without opening the editor', async () => {
    const cell = mountCell('a', 'const x = 1;');
    const page = hooks();
    bindCellEditing('lesson', [cell], page);
    expect(key(cell.staticBlock!, { key: 'Enter', ctrlKey: true }).defaultPrevented).toBe(true);
    await settle();
    expect(page.onRun).toHaveBeenCalledWith(cell);
    expect(attached).toHaveLength(0);
  });

  it('opens the editor on a click, but not when the click ends selecting text to copy', async () => {
    const cell = mountCell('a', 'const x = 1;');
    bindCellEditing('lesson', [cell], hooks());
    const block = cell.staticBlock!;
    const selection = document.getSelection()!;
    selection.selectAllChildren(block);
    block.click();
    await settle();
    expect(attached).toHaveLength(0);
    selection.removeAllRanges();
    block.click();
    await settle();
    expect(attached).toHaveLength(1);
  });
});
