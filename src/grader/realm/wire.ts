/**
 * Values crossing between the grader and the learner's realm (two workers): tensors travel as
 * dtype + shape + data, a tf.LayersModel as its saved artifacts, a grader function as a callback
 * id; numbers, strings, booleans, arrays and plain objects as themselves. Everything on the wire
 * is structured-clone data, so no object of one realm is ever shared with the other.
 */
import type { Tensor, io } from '@tensorflow/tfjs';
import type { Tf } from '../../runtime/tools/tf-type';

/** A value on the wire. */
export type WireValue =
  | null
  | undefined
  | boolean
  | number
  | string
  | WireValue[]
  | { $: 'tensor'; dtype: string; shape: number[]; data: ArrayLike<number> }
  /**
   * A layers model: its saved topology and weights, and whether the model as a whole is trainable
   * (`model.trainable = false` freezes every layer without changing their configs, so saving alone
   * would lose it).
   */
  | { $: 'model'; artifacts: io.ModelArtifacts; trainable: boolean }
  | { $: 'function'; id: number }
  | { $: 'object'; entries: [string, WireValue][] };

/** Thrown when a value cannot cross (a DOM node, a class instance, a Promise, …). */
export class UnsupportedValueError extends Error {
  override readonly name = 'UnsupportedValueError';
}

const isPlainObject = (value: object) => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/** How functions are sent: the grader registers them as callbacks; the learner side may not send any. */
export type FunctionEncoder = ((fn: (...args: unknown[]) => unknown) => number) | undefined;

/** Encodes `value` for the other realm. */
export async function encodeValue(tf: Tf, value: unknown, registerFunction?: FunctionEncoder, depth = 0): Promise<WireValue> {
  if (depth > 32) throw new UnsupportedValueError('nested too deeply');
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return value;
  if (value instanceof tf.Tensor) {
    const tensor = value as Tensor;
    return { $: 'tensor', dtype: tensor.dtype, shape: [...tensor.shape], data: Array.from((await tensor.data()) as ArrayLike<number>) };
  }
  if (value instanceof tf.LayersModel) {
    let saved: io.ModelArtifacts | undefined;
    await value.save(
      tf.io.withSaveHandler(async (artifacts) => {
        saved = artifacts;
        return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
      }),
    );
    if (!saved) throw new UnsupportedValueError('the model could not be saved');
    return { $: 'model', artifacts: saved, trainable: value.trainable };
  }
  if (typeof value === 'function') {
    if (!registerFunction) throw new UnsupportedValueError('a function');
    return { $: 'function', id: registerFunction(value as (...args: unknown[]) => unknown) };
  }
  if (Array.isArray(value)) {
    const items: WireValue[] = [];
    for (const item of value as unknown[]) items.push(await encodeValue(tf, item, registerFunction, depth + 1));
    return items;
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>, Number);
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const entries: [string, WireValue][] = [];
    for (const [key, item] of Object.entries(value)) entries.push([key, await encodeValue(tf, item, registerFunction, depth + 1)]);
    return { $: 'object', entries };
  }
  throw new UnsupportedValueError(Object.prototype.toString.call(value));
}

/** Decodes a wire value into this realm's objects; `callback(id)` makes a function for a callback id. */
export async function decodeValue(
  tf: Tf,
  wire: WireValue,
  callback?: (id: number) => (...args: unknown[]) => Promise<unknown>,
): Promise<unknown> {
  if (wire === null || typeof wire !== 'object') return wire;
  if (Array.isArray(wire)) {
    const items: unknown[] = [];
    for (const item of wire) items.push(await decodeValue(tf, item, callback));
    return items;
  }
  switch (wire.$) {
    case 'tensor':
      return tf.tensor(Array.from(wire.data), wire.shape, wire.dtype as 'float32');
    case 'model': {
      const model = await tf.loadLayersModel(tf.io.fromMemory(wire.artifacts));
      if (!wire.trainable) model.trainable = false;
      return model;
    }
    case 'function':
      if (!callback) throw new UnsupportedValueError('a function');
      return callback(wire.id);
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const [key, item] of wire.entries) {
        // defineProperty, so a key like "__proto__" stays a plain property.
        Object.defineProperty(object, key, {
          value: await decodeValue(tf, item, callback),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
  }
}
