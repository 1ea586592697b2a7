/**
 * ML-outcome helpers for test authors, run in the grader's own realm: train a model the
 * learner built, score a model or predictions on held-out data. Seeded, so a given submission
 * gets the same score on every Check.
 */
import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../runtime/tools/tf-type';
import { createSeeder } from '../../runtime/tools/seed';
import { GradeFailure } from './grade-failure';
import { gradeLabels, gradeMessages } from '../messages';
import { describeValue } from '../../runtime/tools/messages';

/** Options of `ml.train`. */
export interface TrainOptions {
  /** Passes over the data. Default: 20. */
  epochs?: number;
  /** Examples per step. Default: 32. */
  batchSize?: number;
  /** Adam's learning rate. Default: 0.01. */
  learningRate?: number;
  /** Seed for weight shuffling (and for initialisers of layers built inside). Default: 1. */
  seed?: number;
}

/** Creates the `ml` helpers over the grader's tfjs. */
export function createMl(tf: Tf) {
  const isModel = (value: unknown): value is LayersModel => value instanceof tf.LayersModel;
  const requireModel = (value: unknown, what: string): LayersModel => {
    if (!isModel(value)) throw new GradeFailure(gradeMessages.notAModel(what, describeValue(value)));
    return value;
  };

  /** Runs `fn` with Math.random seeded with `seed`, restoring it afterwards. */
  async function withSeed<T>(seed: number, fn: () => T | Promise<T>): Promise<T> {
    const seeder = createSeeder(Math);
    seeder.seed(seed);
    try {
      return await fn();
    } finally {
      seeder.restore();
    }
  }

  /** Fraction of rows whose predicted class (argmax of scores, or the label itself for rank 1) equals `labels`. */
  function accuracyOf(predictions: Tensor, labels: Tensor): number {
    return tf.tidy(() => {
      const predicted = predictions.rank === 1 ? predictions.toInt() : predictions.argMax(-1).toInt();
      return predicted.equal(labels.toInt()).mean().dataSync()[0] ?? 0;
    });
  }

  return {
    withSeed,
    accuracyOf,
    /** Held-out accuracy of a model (`what` names it in messages). */
    accuracy(model: unknown, x: Tensor, labels: Tensor, what = gradeLabels.whatYourFunctionReturned): number {
      const scores = requireModel(model, what).predict(x) as Tensor;
      try {
        return accuracyOf(scores, labels);
      } finally {
        scores.dispose();
      }
    },
    /** Mean cross-entropy of a model that outputs probabilities, on int labels. */
    loss(model: unknown, x: Tensor, labels: Tensor, what = gradeLabels.whatYourFunctionReturned): number {
      const m = requireModel(model, what);
      return tf.tidy(() => {
        const probs = (m.predict(x) as Tensor).clipByValue(1e-7, 1);
        const oneHot = tf.oneHot(labels.toInt(), probs.shape[1] ?? 1);
        return (
          tf
            .neg(tf.sum(tf.mul(oneHot, tf.log(probs)), -1))
            .mean()
            .dataSync()[0] ?? NaN
        );
      });
    },
    /** Compiles (Adam, categorical cross-entropy) and trains `model` on int labels, seeded; returns the final training loss. */
    async train(model: unknown, x: Tensor, labels: Tensor, options: TrainOptions = {}): Promise<number> {
      const m = requireModel(model, gradeLabels.theModel);
      const { epochs = 20, batchSize = 32, learningRate = 0.01, seed = 1 } = options;
      const classes = m.outputs[0]?.shape[1] ?? 1;
      return withSeed(seed, async () => {
        // No metrics: only the loss is returned, and a per-batch accuracy would cost time on every step.
        m.compile({ optimizer: tf.train.adam(learningRate), loss: 'categoricalCrossentropy' });
        const oneHot = tf.oneHot(labels.toInt(), classes);
        try {
          const history = await m.fit(x, oneHot, { epochs, batchSize, shuffle: true, verbose: 0 });
          const losses = history.history['loss'] ?? [];
          return Number(losses[losses.length - 1] ?? NaN);
        } finally {
          oneHot.dispose();
        }
      });
    },
  };
}

/** The `ml` object of the grading API. */
export type Ml = ReturnType<typeof createMl>;
