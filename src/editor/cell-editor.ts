/**
 * A Monaco editor in place of a cell's static code: grows with its content, follows the site's
 * light/dark theme, runs the cell on Ctrl/Cmd+Enter, marks error lines, and edits only when the
 * learner chooses to (Enter, a click; Escape leaves: monaco-edit-mode.ts).
 */
import { loadMonaco } from './load-monaco';
import { clearErrorMarks, markError } from './error-markers';
import { bindEditMode } from './monaco-edit-mode';

/** Options of attachCellEditor. */
export interface CellEditorOptions {
  /** The code to start with. */
  code: string;
  /** The model's URI (one per cell). */
  uri: string;
  /** The editor's accessible name. */
  ariaLabel: string;
  /** Whether the learner starts out editing (they opened the editor with Enter or a click). */
  editing: boolean;
  /** The id of the element that says how editing works (the editor's accessible description). */
  describedBy: string | undefined;
  /** Shown when the learner types while not editing. */
  readOnlyMessage: string;
  /** Ctrl/Cmd+Enter. */
  onRun(): void;
  /** The code changed. */
  onChange(): void;
}

/** The editor of one cell. */
export interface CellEditor {
  getCode(): string;
  setCode(code: string): void;
  /** Marks `line` (1-based) with `message`. */
  showError(line: number, column: number | null, message: string): void;
  clearErrors(): void;
  focus(): void;
  dispose(): void;
}

const LINE_HEIGHT = 20;
const PADDING = 8;

const themeOf = (doc: Document) => {
  const chosen = doc.documentElement.dataset['theme'];
  const dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? 'vs-dark' : 'vs';
};

/**
 * Replaces `block` (the static code) with an editor holding `options.code`, focused if the block
 * still had focus.
 */
export async function attachCellEditor(block: HTMLElement, options: CellEditorOptions): Promise<CellEditor> {
  const monaco = await loadMonaco();
  const host = document.createElement('div');
  host.className = 'cell-editor';
  const hadFocus = block.contains(document.activeElement);
  block.replaceWith(host);
  const uri = monaco.Uri.parse(options.uri);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(options.code, 'javascript', uri);
  model.setValue(options.code);
  const editor = monaco.editor.create(host, {
    model,
    ariaLabel: options.ariaLabel,
    theme: themeOf(document),
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    scrollbar: { alwaysConsumeMouseWheel: false },
    lineHeight: LINE_HEIGHT,
    fontSize: 14,
    tabSize: 2,
    padding: { top: PADDING, bottom: PADDING },
    fixedOverflowWidgets: true,
    renderLineHighlightOnlyWhenFocus: true,
    readOnly: !options.editing,
    // Error squiggles stay while not editing (Monaco hides them in read-only editors by default).
    renderValidationDecorations: 'on',
    tabFocusMode: !options.editing,
  });
  bindEditMode(monaco, editor, options);
  const fit = () => {
    host.style.height = `${Math.max(editor.getContentHeight(), LINE_HEIGHT * 3 + 2 * PADDING)}px`;
  };
  fit();
  editor.onDidContentSizeChange(fit);
  editor.onDidChangeModelContent(() => options.onChange());
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onRun());
  const themeWatch = new MutationObserver(() => monaco.editor.setTheme(themeOf(document)));
  themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  if (hadFocus) editor.focus();

  return {
    getCode: () => model.getValue(),
    setCode(code) {
      // pushEditOperations keeps the change on the undo stack (Ctrl+Z after Reset).
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: code }], () => null);
    },
    showError: (line, column, message) => markError(monaco, model, line, column, message),
    clearErrors: () => clearErrorMarks(monaco, model),
    focus: () => editor.focus(),
    dispose() {
      themeWatch.disconnect();
      editor.dispose();
      model.dispose();
    },
  };
}
