/**
 * Seeded synthetic 2-D classification sets, generated in code (no files): two interleaving
 * half-moons, K spiral arms, and K Gaussian blobs. `noise` is the standard deviation of Gaussian
 * noise added to each coordinate, in the same units as the data (which spans roughly [-1, 2]).
 */
import { createRandom, type Random } from '../tools/random.ts';
import type { RawDataset } from './types.ts';

/** What every generator needs. */
export interface SyntheticOptions {
  /** Total number of points, shared as evenly as possible among the classes. */
  n: number;
  /** Standard deviation of the noise added to x and y. */
  noise: number;
  /** Number of classes (moons always has 2). */
  classes: number;
  /** The same seed gives the same points. */
  seed: number;
}

/** Points per class: n shared out evenly, the first n mod K classes getting one more. */
export function classSizes(n: number, classes: number): number[] {
  return Array.from({ length: classes }, (_, k) => Math.floor(n / classes) + (k < n % classes ? 1 : 0));
}

/** Fills a RawDataset from a function giving the noiseless point i of class k (of `size` points). */
function generate(options: SyntheticOptions, point: (k: number, i: number, size: number, random: Random) => [number, number]): RawDataset {
  const random = createRandom(options.seed);
  const features = new Float32Array(options.n * 2);
  const labels = new Int32Array(options.n);
  let row = 0;
  classSizes(options.n, options.classes).forEach((size, k) => {
    for (let i = 0; i < size; i++, row++) {
      const [x, y] = point(k, i, size, random);
      features[2 * row] = x + options.noise * random.normal();
      features[2 * row + 1] = y + options.noise * random.normal();
      labels[row] = k;
    }
  });
  return {
    count: options.n,
    features,
    labels,
    featureShape: [2],
    numClasses: options.classes,
    classNames: Array.from({ length: options.classes }, (_, k) => `class ${k}`),
  };
}

/** Position along a class of `size` points, from 0 to 1. */
const along = (i: number, size: number): number => (size > 1 ? i / (size - 1) : 0);

/** Two interleaving half circles (as scikit-learn's make_moons): class 0 on top, class 1 below. */
export function makeMoons(options: Omit<SyntheticOptions, 'classes'>): RawDataset {
  return generate({ ...options, classes: 2 }, (k, i, size) => {
    const angle = Math.PI * along(i, size);
    return k === 0 ? [Math.cos(angle), Math.sin(angle)] : [1 - Math.cos(angle), 0.5 - Math.sin(angle)];
  });
}

/** K spiral arms from the centre outwards (radius 0 → 1, each turning 4 radians), as in CS231n. */
export function makeSpirals(options: SyntheticOptions): RawDataset {
  return generate(options, (k, i, size) => {
    const radius = along(i, size);
    const angle = (2 * Math.PI * k) / options.classes + 4 * radius;
    return [radius * Math.sin(angle), radius * Math.cos(angle)];
  });
}

/** K round Gaussian blobs centred evenly on the unit circle; the noise is their standard deviation. */
export function makeBlobs(options: SyntheticOptions): RawDataset {
  return generate(options, (k) => {
    const angle = (2 * Math.PI * k) / options.classes;
    return [Math.cos(angle), Math.sin(angle)];
  });
}
