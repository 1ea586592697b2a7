/**
 * Tensors as the console shows them: a header with dtype and shape, then the values laid out
 * like numpy (one row per line, blank lines between blocks), with "…" standing for the middle of
 * long dimensions. Reads values with dataSync() and creates no tensors, so printing never leaks.
 */
import { displayMessages } from '../../display/messages';

/** What formatting needs from a tf.Tensor (duck-typed, so this module does not import tfjs). */
export interface TensorLike {
  readonly shape: readonly number[];
  readonly dtype: string;
  readonly size: number;
  readonly isDisposed: boolean;
  dataSync(): ArrayLike<number | string | Uint8Array>;
}

/** Tensors with more elements than this show the first and last EDGE_ITEMS of each long dimension. */
export const SUMMARY_THRESHOLD = 100;
/** Entries kept at each end of a summarised dimension. */
export const EDGE_ITEMS = 3;

/** True for a tf.Tensor (or a Variable): it has a shape, a dtype and dataSync. */
export function isTensorLike(value: unknown): value is TensorLike {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<TensorLike>;
  return (
    Array.isArray(candidate.shape) &&
    typeof candidate.dtype === 'string' &&
    typeof candidate.dataSync === 'function' &&
    'isDisposed' in candidate
  );
}

/** "Tensor float32 [2,3]" — the header line, also used for tensors nested in objects. */
export function tensorHeader(tensor: TensorLike): string {
  return `Tensor ${tensor.dtype} [${tensor.shape.join(',')}]`;
}

/** The full printout: header, then the (possibly summarised) values. */
export function formatTensor(tensor: TensorLike): string {
  const header = tensorHeader(tensor);
  if (tensor.isDisposed) return displayMessages.tensorDisposed(header);
  let values: ArrayLike<number | string | Uint8Array>;
  try {
    values = tensor.dataSync();
  } catch (error) {
    return displayMessages.tensorNotReadable(header, error instanceof Error ? error.message : String(error));
  }
  const summarise = tensor.size > SUMMARY_THRESHOLD;
  const shape = tensor.shape;
  const shown = shownIndices(shape, summarise);
  const texts = formatElements(values, tensor.dtype, shape, shown);
  return `${header}\n${layout(shape, shown, texts)}`;
}

/** Per dimension, the indices shown; -1 marks the "…" gap. */
function shownIndices(shape: readonly number[], summarise: boolean): number[][] {
  return shape.map((size) => {
    if (!summarise || size <= 2 * EDGE_ITEMS) return Array.from({ length: size }, (_, i) => i);
    const head = Array.from({ length: EDGE_ITEMS }, (_, i) => i);
    const tail = Array.from({ length: EDGE_ITEMS }, (_, i) => size - EDGE_ITEMS + i);
    return [...head, -1, ...tail];
  });
}

/** Text of every shown element, keyed by flat index, padded to a common width. */
function formatElements(
  values: ArrayLike<number | string | Uint8Array>,
  dtype: string,
  shape: readonly number[],
  shown: number[][],
): Map<number, string> {
  const strides = shape.map((_, axis) => shape.slice(axis + 1).reduce((a, b) => a * b, 1));
  const flat: number[] = [];
  const walk = (axis: number, offset: number) => {
    if (axis === shape.length) {
      flat.push(offset);
      return;
    }
    for (const index of shown[axis] ?? []) if (index >= 0) walk(axis + 1, offset + index * (strides[axis] ?? 1));
  };
  walk(0, 0);
  const raw = flat.map((i) => values[i]);
  const texts = formatScalars(raw, dtype);
  const width = Math.max(0, ...texts.map((t) => t.length));
  return new Map(flat.map((index, k) => [index, (texts[k] ?? '').padStart(width)]));
}

/** Numbers share one notation: integers plain, else fixed decimals (≤ 4), or exponents when tiny/huge. */
function formatScalars(raw: Array<number | string | Uint8Array | undefined>, dtype: string): string[] {
  if (dtype === 'string') return raw.map((v) => `'${v instanceof Uint8Array ? new TextDecoder().decode(v) : String(v)}'`);
  if (dtype === 'bool') return raw.map((v) => (v ? 'true' : 'false'));
  const numbers = raw.map((v) => Number(v));
  const finite = numbers.filter((n) => Number.isFinite(n));
  if (dtype === 'int32' || finite.every((n) => Number.isInteger(n) && Math.abs(n) < 1e6)) return numbers.map((n) => String(n));
  const useExponent = finite.some((n) => Math.abs(n) >= 1e6 || (n !== 0 && Math.abs(n) < 1e-4));
  if (useExponent) return numbers.map((n) => (Number.isFinite(n) ? n.toExponential(3) : String(n)));
  const decimals = Math.max(1, ...finite.map((n) => n.toFixed(4).replace(/0+$/, '').split('.')[1]?.length ?? 0));
  return numbers.map((n) => (Number.isFinite(n) ? n.toFixed(decimals) : String(n)));
}

/** Nest the element texts in brackets, numpy style. */
function layout(shape: readonly number[], shown: number[][], texts: Map<number, string>): string {
  if (shape.length === 0) return texts.get(0) ?? '';
  const strides = shape.map((_, axis) => shape.slice(axis + 1).reduce((a, b) => a * b, 1));
  const render = (axis: number, offset: number): string => {
    const indices = shown[axis] ?? [];
    const last = axis === shape.length - 1;
    const items = indices.map((index) =>
      index < 0 ? '…' : last ? (texts.get(offset + index) ?? '') : render(axis + 1, offset + index * (strides[axis] ?? 1)),
    );
    if (last) return `[${items.join(', ')}]`;
    const indent = ' '.repeat(axis + 1);
    const separator = `,${'\n'.repeat(shape.length - axis - 1)}${indent}`;
    return `[${items.join(separator)}]`;
  };
  return render(0, 0);
}
