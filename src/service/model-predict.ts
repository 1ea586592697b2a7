/**
 * A `predict` function for the service core over a tfjs LayersModel: the batch's flat rows
 * become one tensor of shape [n, ...inputShape], the model runs once, and its output rows come
 * back as plain arrays. Tensors are disposed whatever happens; a model that throws (say, on an
 * input shape it does not take) rejects, which the core answers with a 500.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { InputSpec, PredictFn } from './request-format.ts';
import { requestMessages } from './service-messages.ts';

/** Creates a predict function running `model` with `tf` on instances of `input`'s shape and dtype. */
export function createModelPredict(tf: typeof tfjs, model: tfjs.LayersModel, input: InputSpec): PredictFn {
  return async (rows) => {
    const output = tf.tidy(() => {
      const x = tf.tensor(rows.flat(), [rows.length, ...input.shape], input.dtype);
      const y = model.predict(x);
      if (Array.isArray(y)) throw new Error(requestMessages.oneOutputOnly(y.length));
      return y.reshape([rows.length, -1]);
    });
    try {
      return (await output.array()) as number[][];
    } finally {
      output.dispose();
    }
  };
}
