/**
 * The edit mode of a Monaco editor (the contract is in edit-keys.ts): while the learner is not
 * editing, the editor is read-only and in Monaco's tab-focus mode (Tab and Shift+Tab move focus
 * out, typing shows "Press Enter to edit" and changes nothing); Enter, a click or a tap starts
 * editing; Escape leaves it once Monaco has nothing of its own open (suggestions, find, hover…),
 * and so does focus leaving the editor. Shared by lesson cells and exercises.
 *
 * Read-only alone already turns off Monaco's Tab-indents binding (its precondition is a writable
 * editor); tab-focus mode turns off every other binding of Tab too (e.g. accepting a suggestion).
 */
import type { MonacoApi } from './load-monaco';

type Editor = ReturnType<MonacoApi['editor']['create']>;

/** Options of bindEditMode. */
export interface EditModeOptions {
  /** Whether the learner is editing from the start (they opened the editor with Enter or a click). */
  editing: boolean;
  /** What Monaco shows when the learner types while not editing. */
  readOnlyMessage: string;
  /** The id of the element that says how editing works, for the editor's textbox (aria-describedby). */
  describedBy: string | undefined;
}

/** The edit mode of one editor. */
export interface EditMode {
  readonly editing: boolean;
  start(): void;
  stop(): void;
}

/** The editor's context key, true while editing. */
const EDITING = 'runfirstEditing';

/** Escape leaves editing only when no Monaco widget would take it first. */
const ESCAPE_LEAVES = [
  EDITING,
  'editorTextFocus',
  '!suggestWidgetVisible',
  '!parameterHintsVisible',
  '!findWidgetVisible',
  '!renameInputVisible',
  '!editorHoverVisible',
  '!markersNavigationVisible',
  '!referenceSearchVisible',
  '!inlineSuggestionVisible',
  '!inSnippetMode',
  '!editorHasMultipleSelections',
].join(' && ');

/** A tap that moves less than this (px) is a tap, not a scroll. */
const TAP_SLOP = 10;

/** Puts `editor` under the edit mode; `onChange` hears every switch. */
export function bindEditMode(monaco: MonacoApi, editor: Editor, options: EditModeOptions, onChange?: (editing: boolean) => void): EditMode {
  const host = editor.getContainerDomNode();
  const editingKey = editor.createContextKey<boolean>(EDITING, false);
  let editing = !options.editing; // so that the first apply() writes every option

  const describe = () => {
    // Monaco's textbox: the EditContext element (or its textarea where EditContext is missing).
    const textbox = host.querySelector('[role="textbox"]');
    if (!textbox) return;
    if (options.describedBy) textbox.setAttribute('aria-describedby', options.describedBy);
    textbox.setAttribute('aria-readonly', String(!editing));
  };
  const apply = (next: boolean) => {
    if (next === editing) return;
    editing = next;
    editingKey.set(next);
    editor.updateOptions({ readOnly: !next, tabFocusMode: !next, readOnlyMessage: { value: options.readOnlyMessage } });
    host.dataset['editing'] = String(next);
    describe();
    onChange?.(next);
  };
  apply(options.editing);

  editor.addCommand(monaco.KeyCode.Enter, () => apply(true), `!${EDITING} && editorTextFocus`);
  editor.addCommand(monaco.KeyCode.Escape, () => apply(false), ESCAPE_LEAVES);
  editor.onDidFocusEditorText(describe);
  editor.onDidBlurEditorWidget(() => {
    // Monaco's context menu takes focus for a moment; leaving for it is not leaving the editor.
    setTimeout(() => {
      const active = document.activeElement;
      if (!editor.hasWidgetFocus() && !active?.closest('.context-view, .monaco-menu-container')) apply(false);
    });
  });

  // A click or a tap starts editing; a touch that scrolls does not.
  let touchStart: { x: number; y: number } | undefined;
  host.addEventListener(
    'pointerdown',
    (event) => {
      if (event.pointerType === 'touch') touchStart = { x: event.clientX, y: event.clientY };
      else apply(true);
    },
    { capture: true },
  );
  host.addEventListener(
    'pointerup',
    (event) => {
      if (event.pointerType !== 'touch' || !touchStart) return;
      if (Math.hypot(event.clientX - touchStart.x, event.clientY - touchStart.y) < TAP_SLOP) apply(true);
      touchStart = undefined;
    },
    { capture: true },
  );

  return {
    get editing() {
      return editing;
    },
    start: () => apply(true),
    stop: () => apply(false),
  };
}
