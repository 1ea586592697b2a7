/** Reads show.table (and console.table) input into a header and cell texts. */
import { isTensorLike } from './format-tensor';
import { formatValue } from './format-value';
import { displayMessages, formatShort } from '../../display/messages';
import { describeInput, readNumeric } from './tensor-input';

/** Table rows shown at most. */
export const MAX_TABLE_ROWS = 500;

/** Rows of objects or arrays (or a rank-2 tensor) → header and cell texts. */
export function readTable(rows: unknown, columns: string[] | undefined): { columns: string[]; rows: string[][]; totalRows: number } {
  let list: unknown[];
  if (isTensorLike(rows)) {
    const input = readNumeric(rows, 'show.table');
    if (!input || input.shape.length !== 2) throw new TypeError(displayMessages.tableRows(describeInput(rows)));
    const [n = 0, m = 0] = input.shape;
    list = Array.from({ length: n }, (_, r) => Array.from(input.values.subarray(r * m, (r + 1) * m)));
  } else if (Array.isArray(rows)) {
    list = rows;
  } else {
    throw new TypeError(displayMessages.tableRows(describeInput(rows)));
  }
  const shown = list.slice(0, MAX_TABLE_ROWS);
  const arrays = shown.every((row) => Array.isArray(row));
  let header: string[];
  if (columns) header = columns.map(String);
  else if (arrays) header = Array.from({ length: Math.max(0, ...shown.map((row) => (row as unknown[]).length)) }, (_, i) => String(i));
  else header = [...new Set(shown.flatMap((row) => (isRecord(row) ? Object.keys(row) : [])))];
  const cells = shown.map((row) => {
    if (Array.isArray(row)) return header.map((_, i) => formatCell(row[i]));
    if (isRecord(row)) return header.map((key) => formatCell(row[key]));
    return [formatCell(row), ...header.slice(1).map(() => '')];
  });
  return { columns: header, rows: cells, totalRows: list.length };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One table cell: numbers short, text as is, anything else formatted like the console. */
function formatCell(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return formatShort(value);
  if (isTensorLike(value) && !value.isDisposed && value.size === 1) return formatShort(Number(value.dataSync()[0]));
  return formatValue(value);
}
