/**
 * The group board as CSV (RFC 4180, CRLF lines, a UTF-8 byte-order mark so spreadsheets read
 * accented names right): one row per learner; per exercise its status, checks and hints.
 * Text that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage
 * return, even after spaces) is prefixed with an apostrophe, so a file name or learner name
 * can never run as a formula on the instructor's machine.
 */
import { passedCount, progressOf, type Board } from './group-board';
import { groupUi } from './group-messages';

const FORMULA_START = /^[\s]*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field: numbers as they are; text made formula-safe, then quoted when it must be. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV line of fields (without the line end). */
export const csvLine = (fields: readonly (string | number)[]) => fields.map(csvField).join(',');

/** The status words of the CSV (stable, for formulas and pivot tables). */
const CSV_STATUS = { 'not-started': 'not started', attempted: 'attempted', passed: 'passed' } as const;

/** The board's table as the text of a CSV file. */
export function boardCsv(board: Board): string {
  const header = [...groupUi.csvColumns, ...board.columns.flatMap(({ id }) => groupUi.csvExerciseColumns(id))];
  const rows = board.learners.map((learner) => [
    learner.name,
    learner.fileName,
    learner.courseVersion ?? '',
    learner.exportedAt ?? '',
    passedCount(board, learner),
    ...board.columns.flatMap(({ id }) => {
      const progress = progressOf(learner, id);
      return [CSV_STATUS[progress.status], progress.attempts, progress.hintsUsed];
    }),
  ]);
  return `\uFEFF${[header, ...rows].map(csvLine).join('\r\n')}\r\n`;
}
