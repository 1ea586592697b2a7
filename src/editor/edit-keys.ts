/**
 * The keyboard contract of code the learner can edit (a lesson cell's code, an exercise's code),
 * the same before and after Monaco loads. Focus alone never edits: the code is "focused, not
 * editing" until the learner presses Enter (or clicks or taps it); Escape leaves editing and keeps
 * focus on the code, so the next Tab moves on. While not editing, Tab and Shift+Tab move focus and
 * typing a character does nothing (the code is read-only; Monaco says "Press Enter to edit").
 * Ctrl/Cmd+Enter runs in both modes. Kept free of imports: the page bundle loads it with the page.
 */

/** What a key press asks of the code it was pressed in, if anything. */
export type EditKeyAction = 'start-editing' | 'stop-editing' | 'run';

/** The parts of a KeyboardEvent the decision reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** True while an input method composes text (Enter then confirms the composition). */
  isComposing?: boolean;
}

/**
 * What `press` does in code that is (`editing`) or is not being edited; undefined leaves the key
 * to the element (Tab moves focus, arrows move the caret or scroll, typing edits only while editing).
 */
export function editKeyAction(press: KeyPress, editing: boolean): EditKeyAction | undefined {
  if (press.isComposing) return undefined;
  const plain = !press.ctrlKey && !press.metaKey && !press.altKey && !press.shiftKey;
  if (press.key === 'Enter' && (press.ctrlKey || press.metaKey) && !press.altKey && !press.shiftKey) return 'run';
  if (press.key === 'Enter' && plain && !editing) return 'start-editing';
  if (press.key === 'Escape' && plain && editing) return 'stop-editing';
  return undefined;
}
