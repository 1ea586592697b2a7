import type { Tensor } from '../tools/tf-type.ts';

/** Names accepted by `data.load`. */
export const DATASET_NAMES = ['digits', 'mnist', 'moons', 'spirals', 'blobs'] as const;

/** A data set name accepted by `data.load`. */
export type DatasetName = (typeof DATASET_NAMES)[number];

/** Options of `data.load`; which ones apply depends on the data set (see options.ts). */
export interface LoadOptions {
  /** Fraction of each class held out for the test set, in [0, 1). Default 0.2. */
  testFraction?: number;
  /** Seed of the split (and of synthetic data). Default 42. */
  seed?: number;
  /** Keep at most this many training examples per class (test set unchanged), e.g. 20 for few-shot. */
  trainPerClass?: number;
  /** digits, mnist: 'flat' (x [n, side²], default) or 'image' (x [n, side, side, 1]). */
  shape?: 'flat' | 'image';
  /** mnist: image side, 14 (default: the 28 × 28 originals averaged over 2 × 2 blocks) or 8 (drawn like the UCI digits). */
  resolution?: 14 | 8;
  /** digits, mnist: the digits to keep, e.g. [0,1,2,3,4]; spirals/blobs: the number of classes (default 3). */
  classes?: number[] | number;
  /** Synthetic sets: number of points before the split. Default 400. */
  n?: number;
  /** Synthetic sets: standard deviation of the Gaussian noise added to each coordinate. Default 0.1. */
  noise?: number;
}

/** What `data.load` resolves to. The caller owns the four tensors and disposes them. */
export interface LoadedDataset {
  /** Training inputs, float32, [nTrain, ...featureShape]. */
  xTrain: Tensor;
  /** Training labels, int32 class indices, [nTrain]. */
  yTrain: Tensor;
  /** Test inputs, float32, [nTest, ...featureShape]. */
  xTest: Tensor;
  /** Test labels, int32 class indices, [nTest]. */
  yTest: Tensor;
  /** Size of the label space: labels lie in [0, numClasses), so `tf.oneHot(y, numClasses)` works. */
  numClasses: number;
  /** A name per label index (length numClasses). */
  classNames: string[];
  /** Shape of one example, e.g. [64], [8, 8, 1] or [2]. */
  featureShape: number[];
  /** The labels present in this load (e.g. [5, 6, 7, 8, 9] for digits filtered to those classes). */
  classes: number[];
}

/** Examples before the split: `features` is row-major [count, ...featureShape]. */
export interface RawDataset {
  count: number;
  features: Float32Array;
  labels: Int32Array;
  featureShape: number[];
  numClasses: number;
  classNames: string[];
}
