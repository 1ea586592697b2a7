/**
 * The exercise editor: a plain textarea on page load; Monaco replaces it when the learner first
 * focuses it (the ≈ 2.6 MB editor loads only on demand), keeping what was typed meanwhile. If
 * Monaco cannot load, the textarea stays and everything still works. Errors of the learner's code
 * are marked on their line as in a lesson cell (src/editor/error-markers.ts).
 */
import { loadMonaco } from '../../editor/load-monaco';
import { clearErrorMarks, markError } from '../../editor/error-markers';

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

const themeOf = () => {
  const chosen = document.documentElement.dataset['theme'];
  const dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? 'vs-dark' : 'vs';
};

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

  const upgrade = async () => {
    let monaco: Awaited<ReturnType<typeof loadMonaco>>;
    try {
      monaco = await loadMonaco();
    } catch {
      return; // stay with the textarea
    }
    const hadFocus = document.activeElement === textarea;
    const host = document.createElement('div');
    host.className = 'exercise-monaco';
    const model = monaco.editor.createModel(textarea.value, 'javascript', monaco.Uri.parse(uri));
    textarea.replaceWith(host);
    const editor = monaco.editor.create(host, {
      model,
      ariaLabel: textarea.getAttribute('aria-label') ?? 'Your code',
      theme: themeOf(),
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      scrollbar: { alwaysConsumeMouseWheel: false },
      fontSize: 14,
      tabSize: 2,
      fixedOverflowWidgets: true,
    });
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
    mark = () => (marked ? markError(monaco, model, marked.line, marked.column, marked.message) : clearErrorMarks(monaco, model));
    mark();
    monacoApi = monaco;
    if (hadFocus) editor.focus();
  };
  textarea.addEventListener('focus', () => void upgrade(), { once: true });

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
