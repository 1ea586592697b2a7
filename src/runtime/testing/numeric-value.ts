/**
 * Turns what a test compares — a tensor, a number or nested arrays of numbers — into a flat
 * list of numbers with its shape and dtype, so every check reads values the same way.
 */
import type { Tf } from '../tools/tf-type';
import { ExpectFailure } from './expect-failure';
import { expectLabels, expectMessages } from './expect-messages';
import { describeValue } from '../tools/messages';

/** A value read for comparison. */
export interface NumericValue {
  shape: number[];
  dtype: string;
  values: number[];
}

function isTensor(tf: Tf, value: unknown): value is import('@tensorflow/tfjs').Tensor {
  return value instanceof tf.Tensor;
}

function shapeOf(value: unknown, what: string): number[] {
  if (typeof value === 'number' || typeof value === 'boolean') return [];
  if (Array.isArray(value)) {
    if (value.length === 0) return [0];
    const inner = shapeOf(value[0], what);
    for (const item of value) {
      if (shapeOf(item, what).join() !== inner.join()) throw new ExpectFailure(expectMessages.notATensor(what, expectLabels.raggedArray));
    }
    return [value.length, ...inner];
  }
  throw new ExpectFailure(expectMessages.notATensor(what, describeValue(value)));
}

/** Reads `value` as numbers; `what` names it in messages ("Your softmax output"). */
export function readNumeric(tf: Tf, value: unknown, what: string): NumericValue {
  if (isTensor(tf, value)) {
    if (value.isDisposed) throw new ExpectFailure(expectMessages.notATensor(what, expectLabels.disposedTensor));
    return { shape: [...value.shape], dtype: value.dtype, values: Array.from(value.dataSync() as ArrayLike<number>, Number) };
  }
  const shape = shapeOf(value, what);
  const values = (Array.isArray(value) ? (value as unknown[]).flat(Infinity) : [value]).map(Number);
  const integral = values.every(Number.isInteger);
  return { shape, dtype: typeof value === 'boolean' ? 'bool' : integral ? 'int32' : 'float32', values };
}

/** The multi-index of flat position `flat` in `shape` (row-major). */
export function unravelIndex(flat: number, shape: readonly number[]): number[] {
  const index: number[] = [];
  let rest = flat;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    const size = shape[axis] ?? 1;
    index.unshift(rest % size);
    rest = Math.floor(rest / size);
  }
  return index;
}
