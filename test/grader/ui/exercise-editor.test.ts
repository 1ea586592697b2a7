// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXERCISE_EDIT_KEYS_ID, createExerciseEditor } from '../../../src/grader/ui/exercise-editor';
import { exerciseUi } from '../../../src/grader/ui/ui-messages';

// Monaco cannot load here, so the textarea stays: its own edit mode is what is tested.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/editor/load-monaco', () => ({
  loadMonaco: () => {
    loads.count += 1;
    return Promise.reject(new Error('no Monaco in this test'));
  },
}));

const key = (target: HTMLElement, init: KeyboardEventInit) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};

function mount(code = 'function f() {}') {
  document.body.innerHTML = `<textarea aria-label="Your code for F">${code}</textarea><button>Check</button>`;
  const textarea = document.querySelector('textarea')!;
  const editor = createExerciseEditor(textarea, 'file:///exercises/f/your-code.js');
  return { textarea, editor };
}

beforeEach(() => {
  loads.count = 0;
  document.body.replaceChildren();
});

describe('the exercise editor edits on purpose', () => {
  it('starts read-only, described by how to edit, without loading Monaco on focus', () => {
    const { textarea, editor } = mount();
    textarea.focus();
    expect(textarea.readOnly).toBe(true);
    expect(textarea.getAttribute('aria-describedby')).toBe(EXERCISE_EDIT_KEYS_ID);
    expect(document.getElementById(EXERCISE_EDIT_KEYS_ID)?.textContent).toBe(exerciseUi.editKeys);
    for (const pressed of ['Tab', 'a', 'Escape']) expect(key(textarea, { key: pressed }).defaultPrevented, pressed).toBe(false);
    expect(loads.count).toBe(0);
    expect(editor.getCode()).toBe('function f() {}');
  });

  it('starts editing on Enter (without typing a new line) and loads Monaco then; Escape stops', () => {
    const { textarea } = mount();
    textarea.focus();
    expect(key(textarea, { key: 'Enter' }).defaultPrevented).toBe(true);
    expect(textarea.readOnly).toBe(false);
    expect(loads.count).toBe(1);
    // While editing, Enter is a new line again.
    expect(key(textarea, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(key(textarea, { key: 'Escape' }).defaultPrevented).toBe(true);
    expect(textarea.readOnly).toBe(true);
  });

  it('keeps a learner who is already in the code (before the script ran) editing, with what they typed', () => {
    document.body.innerHTML = `<textarea aria-label="Your code for F">function f() {}</textarea><button>Check</button>`;
    const textarea = document.querySelector('textarea')!;
    textarea.focus();
    textarea.value = 'function f() { return 1; }';
    const editor = createExerciseEditor(textarea, 'file:///exercises/f/your-code.js');
    expect(textarea.readOnly).toBe(false);
    expect(loads.count).toBe(1);
    expect(editor.getCode()).toBe('function f() { return 1; }');
  });

  it('starts editing on a click and stops when focus leaves', () => {
    const { textarea } = mount();
    textarea.click();
    expect(textarea.readOnly).toBe(false);
    textarea.dispatchEvent(new FocusEvent('blur'));
    expect(textarea.readOnly).toBe(true);
  });
});
