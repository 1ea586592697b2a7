/**
 * Builds the shipped pretrained model public/models/digits-base/: a small dense net trained on
 * the handwritten digits of classes 0–4 only, so that the transfer-learning lesson can reuse its
 * hidden layers for digits 5–9. Pure-JS tfjs (cpu), seeded, deterministic on this backend.
 * It also measures how well the model transfers, and writes every figure to manifest.json.
 *
 * Usage: npm run build:models
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { createDataApi } from '../src/runtime/data/data-api.ts';
import type { LoadedDataset } from '../src/runtime/data/types.ts';
import { buildMessages } from '../src/runtime/tools/messages.ts';
import { publicFolderFiles } from '../src/runtime/tools/node-fetch-bytes.ts';
import { createSeeder } from '../src/runtime/tools/seed.ts';

/** Digits the base model learns; the lesson transfers it to the others. */
export const BASE_CLASSES = [0, 1, 2, 3, 4];
/** Digits the transfer experiment learns from few examples. */
export const TARGET_CLASSES = [5, 6, 7, 8, 9];
/** Seed of the split (data.load's default) and of the weights. */
export const DATA_SEED = 42;
export const TRAINING_SEED = 7;
const EPOCHS = 40;

/** The base architecture: 64 → 64 relu ('hidden') → 32 relu ('features') → 5 softmax ('digit'). */
export function baseArchitecture(): tf.Sequential {
  return tf.sequential({
    name: 'digits_base',
    layers: [
      tf.layers.dense({ inputShape: [64], units: 64, activation: 'relu', name: 'hidden' }),
      tf.layers.dense({ units: 32, activation: 'relu', name: 'features' }),
      tf.layers.dense({ units: BASE_CLASSES.length, activation: 'softmax', name: 'digit' }),
    ],
  });
}

/** One-hot targets for labels `first`, `first + 1`, …, `first + depth − 1`. */
function oneHotFrom(labels: tf.Tensor, first: number, depth: number): tf.Tensor {
  return tf.tidy(() => tf.oneHot(tf.sub(labels, first).toInt(), depth));
}

/** Fraction of rows of `x` that `model` puts in class `label − first`. */
export function accuracy(model: tf.LayersModel, x: tf.Tensor, labels: tf.Tensor, first: number): number {
  return tf.tidy(() => {
    const predicted = (model.predict(x) as tf.Tensor).argMax(-1);
    return tf.mean(tf.equal(predicted, tf.sub(labels, first).toInt()).toFloat()).dataSync()[0] ?? NaN;
  });
}

/** Trains `model` (compiled here) on a data set whose labels start at `first`. */
async function train(model: tf.LayersModel, data: LoadedDataset, first: number, epochs: number, learningRate: number): Promise<void> {
  const optimizer = tf.train.adam(learningRate);
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  const targets = oneHotFrom(data.yTrain, first, data.classes.length);
  try {
    await model.fit(data.xTrain, targets, { epochs, batchSize: 32, shuffle: true, verbose: 0 });
  } finally {
    // The model does not own an optimizer passed in, so its moment estimates are freed here.
    targets.dispose();
    optimizer.dispose();
  }
}

/** Trains the base model on digits 0–4; returns it with its test accuracy. */
export async function trainBaseModel(): Promise<{ model: tf.Sequential; testAccuracy: number; trainCount: number; testCount: number }> {
  const seeder = createSeeder();
  seeder.seed(TRAINING_SEED);
  try {
    const data = await createDataApi(tf, publicFolderFiles()).load('digits', { classes: BASE_CLASSES, seed: DATA_SEED });
    const model = baseArchitecture();
    await train(model, data, BASE_CLASSES[0] ?? 0, EPOCHS, 0.01);
    const testAccuracy = accuracy(model, data.xTest, data.yTest, BASE_CLASSES[0] ?? 0);
    const counts = { trainCount: data.xTrain.shape[0] ?? 0, testCount: data.xTest.shape[0] ?? 0 };
    tf.dispose([data.xTrain, data.yTrain, data.xTest, data.yTest]);
    return { model, testAccuracy, ...counts };
  } finally {
    seeder.restore();
  }
}

/** Test accuracy on digits 5–9 after learning them from `perClass` examples each, three ways. */
export interface TransferResult {
  /** Base layers up to 'features' copied and frozen; only a new 5-way softmax head trained. */
  frozenHead: number;
  /** Base layers up to 'features' copied as the starting point, all layers trained with a new head. */
  fullFineTune: number;
  /** The same architecture trained from random weights on the same examples. */
  fromScratch: number;
}

/** A fresh net of the base architecture whose layers up to 'features' start from `base`'s weights. */
function startFrom(base: tf.LayersModel, frozen: boolean): tf.Sequential {
  const model = baseArchitecture();
  for (const name of ['hidden', 'features']) {
    model.getLayer(name).setWeights(base.getLayer(name).getWeights());
    model.getLayer(name).trainable = !frozen;
  }
  return model;
}

/**
 * The transfer experiment of the lesson: learn digits 5–9 from `perClass` training images each
 * and measure test accuracy on all held-out 5–9 images — from the base model's layers (frozen,
 * or all fine-tuned) beside the same net from scratch. `base` itself is never changed.
 */
export async function measureTransfer(base: tf.LayersModel, perClass: number, seed: number): Promise<TransferResult> {
  const seeder = createSeeder();
  seeder.seed(seed);
  const data = await createDataApi(tf, publicFolderFiles()).load('digits', { classes: TARGET_CLASSES, seed, trainPerClass: perClass });
  const first = TARGET_CLASSES[0] ?? 0;
  const trainAndTest = async (model: tf.LayersModel, learningRate: number): Promise<number> => {
    await train(model, data, first, 100, learningRate);
    const result = accuracy(model, data.xTest, data.yTest, first);
    model.dispose();
    return result;
  };
  try {
    return {
      frozenHead: await trainAndTest(startFrom(base, true), 0.05),
      fullFineTune: await trainAndTest(startFrom(base, false), 0.01),
      fromScratch: await trainAndTest(baseArchitecture(), 0.01),
    };
  } finally {
    tf.dispose([data.xTrain, data.yTrain, data.xTest, data.yTest]);
    seeder.restore();
  }
}

/** Saves `model` as model.json + weights.bin under `dir`; returns the weights' size in bytes. */
export async function saveModel(model: tf.LayersModel, dir: string): Promise<number> {
  let bytes = 0;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weightData = tf.io.CompositeArrayBuffer.join(artifacts.weightData ?? new ArrayBuffer(0));
      bytes = weightData.byteLength;
      const modelJson = {
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        convertedBy: 'runfirst scripts/build-models.ts',
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
      };
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'model.json'), `${JSON.stringify(modelJson)}\n`);
      writeFileSync(join(dir, 'weights.bin'), new Uint8Array(weightData));
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON', weightDataBytes: bytes } };
    }),
  );
  return bytes;
}

async function main(): Promise<void> {
  await tf.setBackend('cpu');
  const { model, testAccuracy, trainCount, testCount } = await trainBaseModel();
  const transferSeeds = [1, 2, 3, 4, 5];
  const transfers: TransferResult[] = [];
  for (const seed of transferSeeds) transfers.push(await measureTransfer(model, 20, seed));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const round = (value: number) => Math.round(value * 1000) / 1000;

  const dir = resolve(import.meta.dirname, '..', 'public', 'models', 'digits-base');
  const bytes = await saveModel(model, dir);
  const manifest = {
    name: 'digits-base',
    architecture: '64 → 64 relu (hidden) → 32 relu (features) → 5 softmax (digit)',
    outputs: 'index i = probability of digit i, for digits 0–4',
    input: 'float32 [n, 64]: 8×8 digits pixels scaled to [0, 1], as data.load("digits") gives them',
    trainingData: `data.load('digits', { classes: [0, 1, 2, 3, 4], seed: ${DATA_SEED} }): ${trainCount} training images`,
    training: `seed(${TRAINING_SEED}); adam, learning rate 0.01; categorical cross-entropy; ${EPOCHS} epochs; batch 32; tfjs ${tf.version.tfjs} cpu`,
    testAccuracy: round(testAccuracy),
    testCount,
    transfer: {
      task: 'digits 5–9 from 20 training images per digit, tested on the held-out 5–9 images (data.load seed = run seed)',
      frozenHead: 'layers up to "features" copied and frozen, new 5-way softmax; adam 0.05; 100 epochs',
      fullFineTune: 'layers up to "features" copied as the start, new 5-way softmax, all trained; adam 0.01; 100 epochs',
      fromScratch: 'the same architecture from random weights; adam 0.01; 100 epochs',
      seeds: transferSeeds,
      frozenHeadAccuracy: transfers.map((result) => round(result.frozenHead)),
      fullFineTuneAccuracy: transfers.map((result) => round(result.fullFineTune)),
      fromScratchAccuracy: transfers.map((result) => round(result.fromScratch)),
      frozenHeadMean: round(mean(transfers.map((result) => result.frozenHead))),
      fullFineTuneMean: round(mean(transfers.map((result) => result.fullFineTune))),
      fromScratchMean: round(mean(transfers.map((result) => result.fromScratch))),
    },
    licence: 'CC BY 4.0 (derived from the UCI digits; see public/data/LICENSES.md)',
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(buildMessages.modelWritten(dir, bytes, testAccuracy));
  console.log(JSON.stringify(manifest.transfer, null, 2));
  model.dispose();
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
