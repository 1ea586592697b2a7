/**
 * Reads show.bars input: rows of objects (a name column `x` and a value column `y`) or of
 * [name, value] pairs, into bar names and finite values. Values may be numbers or scalar tensors.
 */
import { isTensorLike } from './format-tensor';
import { displayMessages } from '../../display/messages';
import { describeInput } from './tensor-input';
import { primitiveText } from '../../primitive-text';

/** Bars drawn at most; the rest are counted under the chart. */
export const MAX_BARS = 100;

/** Options of show.bars. */
export interface BarsOptions {
  /** Column of the bar names (default: the first column). */
  x?: string | undefined;
  /** Column of the bar lengths (default: the first other column holding a number). */
  y?: string | undefined;
  title?: string | undefined;
}

/** What a bar chart message carries besides its id and title. */
export interface BarsInput {
  xLabel: string;
  yLabel: string;
  labels: string[];
  values: Float64Array;
  total: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the rows; throws a TypeError saying what is wrong and what to pass instead. */
export function readBars(rows: unknown, options: BarsOptions): BarsInput {
  if (!Array.isArray(rows) || rows.length === 0 || !rows.every((row) => isRecord(row) || Array.isArray(row))) {
    throw new TypeError(displayMessages.barsRows(describeInput(rows)));
  }
  const shown = rows.slice(0, MAX_BARS) as Array<Record<string, unknown> | unknown[]>;
  const first = shown[0] ?? {};
  const columns = Array.isArray(first) ? first.map((_, i) => String(i)) : Object.keys(first);
  const x = options.x ?? columns[0] ?? '0';
  const cell = (row: Record<string, unknown> | unknown[], column: string): unknown =>
    Array.isArray(row) ? row[Number(column)] : row[column];
  if (!columns.includes(x)) throw new TypeError(displayMessages.barsColumn('x', x, columns));
  const y = options.y ?? columns.find((column) => column !== x && isNumberLike(cell(first, column)));
  if (y === undefined) throw new TypeError(displayMessages.barsNoValueColumn(columns));
  if (!columns.includes(y)) throw new TypeError(displayMessages.barsColumn('y', y, columns));

  const values = new Float64Array(shown.length);
  const labels = shown.map((row, i) => {
    const value = readValue(cell(row, y));
    if (value === null) throw new TypeError(displayMessages.barsValue(i, y, describeInput(cell(row, y))));
    values[i] = value;
    const name = cell(row, x);
    return name === undefined || name === null ? String(i) : primitiveText(name);
  });
  const arrays = Array.isArray(first);
  return { xLabel: arrays ? '' : x, yLabel: arrays ? '' : y, labels, values, total: rows.length };
}

function isNumberLike(value: unknown): boolean {
  return typeof value === 'number' || (isTensorLike(value) && value.size === 1);
}

/** A finite number from a number or a live scalar tensor; null for anything else. */
function readValue(value: unknown): number | null {
  let number: unknown = value;
  if (isTensorLike(value)) {
    if (value.isDisposed || value.size !== 1) return null;
    number = Number(value.dataSync()[0]);
  }
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
}
