/**
 * The error marker of learner code in a Monaco editor: a red squiggle from the error's column
 * (or the line's first non-blank character) to the end of its line, with the error as its hover
 * text. Shared by lesson cells and exercises, so both mark errors the same way.
 */
import type { MonacoApi } from './load-monaco';

type Model = ReturnType<MonacoApi['editor']['createModel']>;

const MARKER_OWNER = 'runfirst';

/** Marks `line` (1-based, clamped to the model) from `column` (1-based, or null) with `message`. */
export function markError(monaco: MonacoApi, model: Model, line: number, column: number | null, message: string): void {
  const lineNumber = Math.min(Math.max(line, 1), model.getLineCount());
  const startColumn = column ?? model.getLineFirstNonWhitespaceColumn(lineNumber) ?? 1;
  monaco.editor.setModelMarkers(model, MARKER_OWNER, [
    {
      severity: monaco.MarkerSeverity.Error,
      message,
      startLineNumber: lineNumber,
      startColumn: Math.min(Math.max(1, startColumn), model.getLineMaxColumn(lineNumber)),
      endLineNumber: lineNumber,
      endColumn: model.getLineMaxColumn(lineNumber),
    },
  ]);
}

/** Removes the error markers `markError` set on `model`. */
export function clearErrorMarks(monaco: MonacoApi, model: Model): void {
  monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
}
