/**
 * The exercise editor: a plain textarea on page load; Monaco replaces it when the learner first
 * starts editing (the ≈ 2.6 MB editor loads only on demand), keeping what was typed meanwhile. If
 * Monaco cannot load, the textarea stays and everything still works. Errors of the learner's code
 * are marked on their line as in a lesson cell (src/editor/error-markers.ts).
 *
 * Editing is chosen, as in a lesson cell (src/editor/edit-keys.ts): focus leaves the code
 * read-only, so Tab moves on and typing changes nothing; Enter or a click starts editing, Escape
 * (or leaving the code) stops it. The textarea never keeps Tab; Monaco does only while editing.
 */
import { editKeyAction } from '../../editor/edit-keys';
import { loadMonaco } from '../../editor/load-monaco';
import type { EditMode } from '../../editor/monaco-edit-mode';
import { exerciseUi } from './ui-messages';

/** The code editor of one exercise. */
export interface ExerciseEditor {
  getCode(): string;
  setCode(code: string): void;
  /** Called after every change. */
  onChange(listener: () => void): void;
  /** Marks `line` (1-based) with `message`; kept until `clearErrors`, applied once Monaco is in. */
  showError(line: number, column: number | null, message: string): void;
  clearErrors(): void;
  /** Monaco's API once the editor was upgraded (for the diff view), else undefined. */
  readonly monaco: Awaited<ReturnType<typeof loadMonaco>> | undefined;
}

/** The id of the page's sentence saying how to edit an exercise's code. */
export const EXERCISE_EDIT_KEYS_ID = 'exercise-edit-keys';

const themeOf = () => {
  const chosen = document.documentElement.dataset['theme'];
  const dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? 'vs-dark' : 'vs';
};

/** The hidden sentence every exercise's code is described by. */
function editKeysDescription(doc: Document): string {
  if (!doc.getElementById(EXERCISE_EDIT_KEYS_ID)) {
    const text = doc.createElement('p');
    text.id = EXERCISE_EDIT_KEYS_ID;
    text.hidden = true;
    text.textContent = exerciseUi.editKeys;
    doc.body.append(text);
  }
  return EXERCISE_EDIT_KEYS_ID;
}

/** Binds the editor of `textarea`. */
export function createExerciseEditor(textarea: HTMLTextAreaElement, uri: string): ExerciseEditor {
  const listeners: (() => void)[] = [];
  const changed = () => listeners.forEach((listener) => listener());
  textarea.addEventListener('input', changed);
  let monacoApi: ExerciseEditor['monaco'];
  let getCode = () => textarea.value;
  let setCode = (code: string) => {
    textarea.value = code;
  };
  // The textarea has no markers: the error waits for Monaco (its text is in the results anyway).
  let marked: { line: number; column: number | null; message: string } | undefined;
  let mark = () => {};

  // The textarea's own edit mode, until Monaco (with its own) replaces it.
  const describedBy = editKeysDescription(textarea.ownerDocument);
  textarea.setAttribute('aria-describedby', describedBy);
  let textareaEditing = false;
  const setTextareaEditing = (editing: boolean) => {
    textareaEditing = editing;
    textarea.readOnly = !editing;
    textarea.dataset['editing'] = String(editing);
  };
  setTextareaEditing(false);
  let monacoMode: EditMode | undefined;

  const upgrade = async () => {
    let monaco: Awaited<ReturnType<typeof loadMonaco>>;
    let bindEditMode: typeof import('../../editor/monaco-edit-mode').bindEditMode;
    let markers: typeof import('../../editor/error-markers');
    try {
      // The editor's helpers load with it, not with the page.
      [monaco, { bindEditMode }, markers] = await Promise.all([
        loadMonaco(),
        import('../../editor/monaco-edit-mode'),
        import('../../editor/error-markers'),
      ]);
    } catch {
      return; // stay with the textarea
    }
    const hadFocus = document.activeElement === textarea;
    // Read before the swap: removing the focused textarea blurs it, which stops its editing.
    const editing = hadFocus && textareaEditing;
    const host = document.createElement('div');
    host.className = 'exercise-monaco';
    const model = monaco.editor.createModel(textarea.value, 'javascript', monaco.Uri.parse(uri));
    textarea.replaceWith(host);
    const editor = monaco.editor.create(host, {
      model,
      ariaLabel: textarea.getAttribute('aria-label') ?? exerciseUi.yourCode,
      theme: themeOf(),
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      scrollbar: { alwaysConsumeMouseWheel: false },
      fontSize: 14,
      tabSize: 2,
      fixedOverflowWidgets: true,
      readOnly: !editing,
      // Error squiggles stay while not editing (Monaco hides them in read-only editors by default).
      renderValidationDecorations: 'on',
      tabFocusMode: !editing,
    });
    monacoMode = bindEditMode(monaco, editor, { editing, describedBy, readOnlyMessage: exerciseUi.editPrompt });
    const fit = () => {
      host.style.height = `${Math.min(Math.max(editor.getContentHeight(), 160), 640)}px`;
    };
    fit();
    editor.onDidContentSizeChange(fit);
    editor.onDidChangeModelContent(changed);
    // Input that still reaches the replaced textarea (a paste or an automated fill racing the
    // swap) is carried over rather than lost.
    textarea.addEventListener('input', () => {
      if (model.getValue() !== textarea.value) model.setValue(textarea.value);
    });
    getCode = () => model.getValue();
    setCode = (code) => model.pushEditOperations([], [{ range: model.getFullModelRange(), text: code }], () => null);
    mark = () =>
      marked ? markers.markError(monaco, model, marked.line, marked.column, marked.message) : markers.clearErrorMarks(monaco, model);
    mark();
    monacoApi = monaco;
    if (hadFocus) editor.focus();
  };

  let upgrading: Promise<void> | undefined;
  const startEditing = () => {
    if (monacoMode) return monacoMode.start();
    setTextareaEditing(true);
    upgrading ??= upgrade();
  };
  textarea.addEventListener('keydown', (event) => {
    const action = editKeyAction(event, textareaEditing);
    if (action === 'start-editing') {
      event.preventDefault();
      startEditing();
    } else if (action === 'stop-editing') {
      event.preventDefault();
      setTextareaEditing(false);
    }
  });
  textarea.addEventListener('click', startEditing);
  textarea.addEventListener('blur', () => setTextareaEditing(false));
  // A learner who clicked into the code before this script ran (a slow connection) is already
  // editing it: keep them editing, with what they typed, rather than turn the code read-only.
  if (textarea.ownerDocument.activeElement === textarea) startEditing();

  return {
    getCode: () => getCode(),
    setCode: (code) => {
      setCode(code);
      changed();
    },
    onChange: (listener) => listeners.push(listener),
    showError: (line, column, message) => {
      marked = { line, column, message };
      mark();
    },
    clearErrors: () => {
      marked = undefined;
      mark();
    },
    get monaco() {
      return monacoApi;
    },
  };
}
