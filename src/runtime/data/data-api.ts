/**
 * `data` in a code cell: `data.load(name, options)` gives a seeded train/test split of a shipped
 * or synthetic data set as tensors. See types.ts for the options and the result.
 */
import { DataError } from '../tools/errors.ts';
import { fetchBytesOverHttp, type SiteFiles } from '../tools/fetch-bytes.ts';
import { dataMessages } from '../tools/messages.ts';
import type { Tf } from '../tools/tf-type.ts';
import { loadDigits } from './digits-source.ts';
import { loadMnist } from './mnist-source.ts';
import { resolveOptions, type ResolvedOptions } from './options.ts';
import { stratifiedSplit } from './split.ts';
import { makeBlobs, makeMoons, makeSpirals } from './synthetic.ts';
import { DATASET_NAMES, type DatasetName, type LoadedDataset, type RawDataset } from './types.ts';

/** The `data` object of the learner API. */
export interface DataApi {
  /** Loads a data set by name; the caller owns (and disposes) the four tensors. */
  load(name: DatasetName, options?: unknown): Promise<LoadedDataset>;
  /** The names `load` accepts. */
  readonly names: readonly DatasetName[];
}

const isDatasetName = (name: unknown): name is DatasetName =>
  typeof name === 'string' && (DATASET_NAMES as readonly string[]).includes(name);

/** Creates the `data` API over a tfjs instance and the site's files. */
export function createDataApi(tf: Tf, files: SiteFiles): DataApi {
  const fetchBytes = files.fetchBytes ?? fetchBytesOverHttp;

  async function raw(name: DatasetName, options: ResolvedOptions): Promise<RawDataset> {
    const synthetic = { n: options.n, noise: options.noise, seed: options.seed, classes: options.classes.length };
    switch (name) {
      case 'digits': {
        const digits = await loadDigits(files.baseUrl, fetchBytes);
        return options.shape === 'image' ? { ...digits, featureShape: [8, 8, 1] } : digits;
      }
      case 'mnist': {
        const side = options.resolution;
        const mnist = await loadMnist(files.baseUrl, fetchBytes, side);
        return options.shape === 'image' ? { ...mnist, featureShape: [side, side, 1] } : mnist;
      }
      case 'moons':
        return makeMoons(synthetic);
      case 'spirals':
        return makeSpirals(synthetic);
      case 'blobs':
        return makeBlobs(synthetic);
    }
  }

  return {
    names: DATASET_NAMES,
    async load(name, options) {
      if (typeof name !== 'string') throw new DataError(dataMessages.notAName(name, DATASET_NAMES));
      if (!isDatasetName(name)) throw new DataError(dataMessages.unknownDataset(name, DATASET_NAMES));
      const resolved = resolveOptions(name, options);
      const dataset = await raw(name, resolved);
      const split = stratifiedSplit(dataset.labels, resolved.classes, resolved);
      const toTensors = (indices: number[]) => {
        const width = dataset.features.length / dataset.count;
        const x = new Float32Array(indices.length * width);
        const y = new Int32Array(indices.length);
        indices.forEach((index, row) => {
          x.set(dataset.features.subarray(index * width, (index + 1) * width), row * width);
          y[row] = dataset.labels[index] ?? 0;
        });
        return [tf.tensor(x, [indices.length, ...dataset.featureShape], 'float32'), tf.tensor1d(y, 'int32')] as const;
      };
      const [xTrain, yTrain] = toTensors(split.train);
      const [xTest, yTest] = toTensors(split.test);
      return {
        xTrain,
        yTrain,
        xTest,
        yTest,
        numClasses: dataset.numClasses,
        classNames: dataset.classNames,
        featureShape: [...dataset.featureShape],
        classes: [...resolved.classes],
      };
    },
  };
}
