/**
 * `compare(a, b)` in a code cell: how far apart two tensors (or arrays) are, element by element —
 * the largest absolute and relative error and where the worst element is. Made for checking an
 * implementation against a reference (e.g. your softmax against `tf.softmax`).
 *
 * Relative error of one element is |a − b| / max(|a|, |b|) (0 when both are 0), so it lies in
 * [0, 2] and does not blow up when one side is 0. Two NaNs, or two equal infinities, count as
 * equal; a NaN against a number, or unequal infinities, is an infinite error.
 */
import { ToolError } from './errors.ts';
import { toolMessages } from './messages.ts';
import type { Tf } from './tf-type.ts';

/** What `compare` reports. */
export interface CompareResult {
  /** Largest |a − b|. */
  maxAbsError: number;
  /** Largest |a − b| / max(|a|, |b|). */
  maxRelError: number;
  /** Index (in a's shape) of the element with the largest absolute error; [] when there are no elements. */
  worstIndex: number[];
  /** a and b at worstIndex (NaN when there are no elements). */
  worstA: number;
  worstB: number;
  /** Whether a and b have the same shape (if not, equal-sized inputs are compared in flat order). */
  sameShape: boolean;
}

/** Flat values and shape of one input. */
interface Flat {
  values: ArrayLike<number>;
  shape: number[];
}

/** Reads nested arrays of numbers into flat values and a shape; null if ragged, undefined if not numeric. */
function flattenNested(input: unknown): Flat | null | undefined {
  if (typeof input === 'number') return { values: [input], shape: [] };
  if (ArrayBuffer.isView(input) && !(input instanceof DataView)) {
    if (input instanceof BigInt64Array || input instanceof BigUint64Array) return undefined;
    const array = input as unknown as ArrayLike<number>;
    return { values: array, shape: [array.length] };
  }
  if (!Array.isArray(input)) return undefined;
  if (input.length === 0) return { values: [], shape: [0] };
  const rows = input.map(flattenNested);
  if (rows.some((row) => row === undefined)) return undefined;
  const first = rows[0] as Flat | null;
  if (first === null || rows.some((row) => row === null || row!.shape.join() !== first.shape.join())) return null;
  const values: number[] = [];
  for (const row of rows as Flat[]) for (let i = 0; i < row.values.length; i++) values.push(row.values[i] ?? NaN);
  return { values, shape: [input.length, ...first.shape] };
}

/** The multi-index of flat position `flat` in `shape`. */
function unravel(flat: number, shape: readonly number[]): number[] {
  const index = new Array<number>(shape.length).fill(0);
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    const size = shape[axis] ?? 1;
    index[axis] = flat % size;
    flat = Math.floor(flat / size);
  }
  return index;
}

/** The absolute error of one pair, with the NaN/infinity rules above. */
function absError(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  if (a === b) return 0;
  return Math.abs(a - b);
}

/** Creates `compare` for a tfjs instance. */
export function createCompare(tf: Tf): (a: unknown, b: unknown) => CompareResult {
  const read = (input: unknown, which: 'a' | 'b'): Flat => {
    if (input instanceof tf.Tensor) {
      if (input.dtype === 'string') throw new ToolError(toolMessages.compareString(which));
      // dataSync reads the tensor's own buffer: no intermediate tensors are created.
      return { values: input.dataSync<'float32'>(), shape: [...(input.shape as readonly number[])] };
    }
    const flat = flattenNested(input);
    if (flat === null) throw new ToolError(toolMessages.compareRagged(which));
    if (flat === undefined) throw new ToolError(toolMessages.compareBadInput(which, input));
    return flat;
  };

  return function compare(a, b) {
    const left = read(a, 'a');
    const right = read(b, 'b');
    if (left.values.length !== right.values.length) {
      throw new ToolError(toolMessages.compareSizeMismatch(left.shape, right.shape));
    }
    let maxAbsError = 0;
    let maxRelError = 0;
    let worst = left.values.length > 0 ? 0 : -1;
    for (let i = 0; i < left.values.length; i++) {
      const x = Number(left.values[i]);
      const y = Number(right.values[i]);
      const error = absError(x, y);
      const scale = Math.max(Math.abs(x), Math.abs(y));
      const relative = error === 0 ? 0 : Number.isFinite(error) ? error / scale : Infinity;
      if (error > maxAbsError) {
        maxAbsError = error;
        worst = i;
      }
      if (relative > maxRelError) maxRelError = relative;
    }
    return {
      maxAbsError,
      maxRelError,
      worstIndex: worst < 0 ? [] : unravel(worst, left.shape),
      worstA: worst < 0 ? NaN : Number(left.values[worst]),
      worstB: worst < 0 ? NaN : Number(right.values[worst]),
      sameShape: left.shape.length === right.shape.length && left.shape.every((size, axis) => size === right.shape[axis]),
    };
  };
}
