/**
 * The training run of lesson 1's first cell ("Your first model, in one click"), with no UI: the
 * same data, seed, network (64 → 32 relu → 10 softmax), optimizer (Adam 0.01), loss, metrics,
 * batch size and validation data, and the loss before training the cell prints. The benchmark
 * compares its speed with the lesson cell's, which adds the live chart and progress bar; keep the
 * two in step (scripts/bench/training-cell.ts checks the cell's side).
 */
import type { DataApi } from '../runtime/data/data-api.ts';
import type { Tf } from '../runtime/tools/tf-type.ts';
import type { TrainFigures } from './protocol.ts';

/** The lesson cell's settings. */
export const LESSON_TRAINING = { epochs: 15, batchSize: 32, hiddenUnits: 32, learningRate: 0.01, seed: 1 } as const;

/** What the run needs from the learner tools: the data sets and the seed. */
export interface TrainingTools {
  readonly data: Pick<DataApi, 'load'>;
  readonly seed: (n: number) => void;
}

/** Trains the lesson 1 net on the digits and times it; disposes every tensor it made. */
export async function trainDigits(tf: Tf, tools: TrainingTools, epochs: number, batchSize: number): Promise<TrainFigures> {
  const startAll = performance.now();
  const digits = await tools.data.load('digits');
  const trainTargets = tf.oneHot(digits.yTrain, 10);
  const testTargets = tf.oneHot(digits.yTest, 10);
  tools.seed(LESSON_TRAINING.seed);
  const model = tf.sequential({
    layers: [tf.layers.dense({ inputShape: [64], units: LESSON_TRAINING.hiddenUnits, activation: 'relu' }), tf.layers.dense({ units: 10 })],
  });
  const optimizer = tf.train.adam(LESSON_TRAINING.learningRate);
  // Lesson 1 trains from the logits with the fused softmax cross-entropy.
  model.compile({ optimizer, loss: tf.losses.softmaxCrossEntropy, metrics: ['accuracy'] });
  try {
    // The cell prints the loss before training (a forward pass over the training images, read
    // back at once): the same work here, so that the two sides differ only in where they run.
    const startLoss = tf.tidy(() => {
      const logits = model.predict(digits.xTrain);
      return tf.losses.softmaxCrossEntropy(trainTargets, Array.isArray(logits) ? logits[0]! : logits).dataSync()[0];
    });
    if (!Number.isFinite(startLoss)) throw new Error(`the loss before training is ${startLoss}`);
    const startFit = performance.now();
    const history = await model.fit(digits.xTrain, trainTargets, { epochs, batchSize, validationData: [digits.xTest, testTargets] });
    const end = performance.now();
    const samples = digits.xTrain.shape[0] ?? 0;
    const losses = history.history['loss'] ?? [];
    return {
      samples,
      epochs,
      fitMs: end - startFit,
      totalMs: end - startAll,
      fitSamplesPerSecond: (epochs * samples) / ((end - startFit) / 1000),
      finalLoss: Number(losses[losses.length - 1] ?? NaN),
      runs: 1,
    };
  } finally {
    model.dispose();
    optimizer.dispose(); // a model does not dispose an optimizer it was handed
    tf.dispose([digits.xTrain, digits.yTrain, digits.xTest, digits.yTest, trainTargets, testTargets]);
  }
}
