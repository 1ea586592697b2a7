/**
 * A seeded, stratified train/test split: each class gives the same fraction of its examples to
 * the test set, so a small test set still has every class in proportion.
 */
import { createRandom, hashSeed } from '../tools/random.ts';

/** How to split. */
export interface SplitOptions {
  /** Fraction of each class held out for testing, in [0, 1). */
  testFraction: number;
  /** The same seed gives the same split. */
  seed: number;
  /** Keep at most this many training examples per class; null keeps all. */
  trainPerClass: number | null;
}

/** Indices into the full data set, each list in a seeded random order. */
export interface Split {
  train: number[];
  test: number[];
}

/** A constant mixed into the seed so the split's random stream differs from the data's. */
const SPLIT_STREAM = 0x5eed_5b17;

/** Splits the examples whose label is one of `classes`; other examples are left out. */
export function stratifiedSplit(labels: ArrayLike<number>, classes: readonly number[], options: SplitOptions): Split {
  const random = createRandom(hashSeed(options.seed) ^ SPLIT_STREAM);
  const byClass = new Map<number, number[]>(classes.map((label) => [label, []]));
  for (let index = 0; index < labels.length; index++) {
    byClass.get(labels[index] ?? -1)?.push(index);
  }
  const train: number[] = [];
  const test: number[] = [];
  for (const label of classes) {
    const members = random.shuffle(byClass.get(label) ?? []);
    // Round to the nearest count, but leave at least one example of each class for training.
    const testCount = Math.min(Math.round(members.length * options.testFraction), Math.max(members.length - 1, 0));
    test.push(...members.slice(0, testCount));
    const rest = members.slice(testCount);
    train.push(...(options.trainPerClass === null ? rest : rest.slice(0, options.trainPerClass)));
  }
  return { train: random.shuffle(train), test: random.shuffle(test) };
}
