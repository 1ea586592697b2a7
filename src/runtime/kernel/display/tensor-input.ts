/**
 * Reads what learner code passes to `show.*` — tensors or plain arrays — into plain numbers,
 * without creating tensors (dataSync only), and explains wrong shapes in the learner's terms.
 */
import { isTensorLike, type TensorLike } from './format-tensor';
import { displayMessages } from '../../display/messages';
import { primitiveText } from '../../primitive-text';

/** Numbers read from a tensor or nested array, with their shape. */
export interface NumericInput {
  shape: number[];
  values: Float64Array;
}

/** Describes a value for an error message: "a tensor of shape [3]", "an array of 4 numbers". */
export function describeInput(value: unknown): string {
  if (isTensorLike(value)) return displayMessages.receivedTensor(value.shape);
  if (Array.isArray(value)) return displayMessages.receivedArray(value.length);
  if (value === null) return displayMessages.receivedNull();
  return typeof value === 'object'
    ? displayMessages.receivedObject()
    : displayMessages.receivedPrimitive(typeof value, primitiveText(value));
}

/** Reads a tensor, or a nested array of numbers, into shape and values; null when it is neither. */
export function readNumeric(value: unknown, helper: string): NumericInput | null {
  if (isTensorLike(value)) return readTensor(value, helper);
  if (!Array.isArray(value)) return null;
  const shape: number[] = [];
  let level: unknown = value;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  const size = shape.reduce((a, b) => a * b, 1);
  const values = new Float64Array(size);
  let k = 0;
  const walk = (node: unknown, depth: number): boolean => {
    if (depth === shape.length) {
      const number = typeof node === 'boolean' ? Number(node) : node;
      if (typeof number !== 'number') return false;
      values[k++] = number;
      return true;
    }
    return Array.isArray(node) && node.length === shape[depth] && node.every((child) => walk(child, depth + 1));
  };
  return walk(value, 0) ? { shape, values } : null;
}

function readTensor(tensor: TensorLike, helper: string): NumericInput {
  if (tensor.isDisposed) throw new Error(displayMessages.disposedInput(helper));
  const data = tensor.dataSync();
  const values = new Float64Array(data.length);
  for (let i = 0; i < data.length; i++) values[i] = Number(data[i]);
  return { shape: [...tensor.shape], values };
}

/** Labels as text: a tensor or array of numbers/strings → one string per entry. */
export function readLabels(value: unknown, helper: string): string[] {
  if (value === undefined || value === null) return [];
  if (isTensorLike(value)) {
    if (value.isDisposed) throw new Error(displayMessages.disposedInput(helper));
    return Array.from(value.dataSync(), (v) => String(v));
  }
  if (Array.isArray(value)) return value.map((v) => String(v));
  return [];
}
