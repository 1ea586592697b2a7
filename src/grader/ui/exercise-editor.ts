/**
 * The exercise editor: a plain textarea on page load; Monaco replaces it when the learner first
 * focuses it (the ≈ 2.6 MB editor loads only on demand), keeping what was typed meanwhile. If
 * Monaco cannot load, the textarea stays and everything still works.
 */
import { loadMonaco } from '../../editor/load-monaco';

/** The code editor of one exercise. */
export interface ExerciseEditor {
  getCode(): string;
  setCode(code: string): void;
  /** Called after every change. */
  onChange(listener: () => void): void;
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
    get monaco() {
      return monacoApi;
    },
  };
}
