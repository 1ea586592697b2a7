import { describe, expect, it } from 'vitest';
import { editKeyAction, type KeyPress } from '../../src/editor/edit-keys';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('the keys of editable code', () => {
  it('starts editing on a plain Enter only while not editing', () => {
    expect(editKeyAction(press('Enter'), false)).toBe('start-editing');
    // While editing, Enter is the editor's (a new line).
    expect(editKeyAction(press('Enter'), true)).toBeUndefined();
    expect(editKeyAction(press('Enter', { shiftKey: true }), false)).toBeUndefined();
    expect(editKeyAction(press('Enter', { altKey: true }), false)).toBeUndefined();
  });

  it('leaves editing on a plain Escape, and Escape does nothing while not editing', () => {
    expect(editKeyAction(press('Escape'), true)).toBe('stop-editing');
    expect(editKeyAction(press('Escape'), false)).toBeUndefined();
    expect(editKeyAction(press('Escape', { shiftKey: true }), true)).toBeUndefined();
  });

  it('runs on Ctrl+Enter or Cmd+Enter in both modes', () => {
    for (const editing of [false, true]) {
      expect(editKeyAction(press('Enter', { ctrlKey: true }), editing)).toBe('run');
      expect(editKeyAction(press('Enter', { metaKey: true }), editing)).toBe('run');
      expect(editKeyAction(press('Enter', { ctrlKey: true, shiftKey: true }), editing)).toBeUndefined();
    }
  });

  it('leaves Tab, arrows and typed characters to the element, so focus moves and nothing is typed by the contract', () => {
    for (const key of ['Tab', 'ArrowDown', 'a', ' ', 'Backspace']) {
      expect(editKeyAction(press(key), false), key).toBeUndefined();
      expect(editKeyAction(press(key, { shiftKey: true }), false), `Shift+${key}`).toBeUndefined();
    }
  });

  it('lets Enter confirm an input method composition instead of switching modes', () => {
    expect(editKeyAction(press('Enter', { isComposing: true }), false)).toBeUndefined();
    expect(editKeyAction(press('Escape', { isComposing: true }), true)).toBeUndefined();
  });
});
