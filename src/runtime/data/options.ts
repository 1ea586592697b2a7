/**
 * Checks the options of `data.load` for one data set and fills in the defaults, with a message
 * for the learner naming the option, what it must be and what was given.
 */
import { DataError } from '../tools/errors.ts';
import { dataMessages } from '../tools/messages.ts';
import { MNIST_RESOLUTIONS, type MnistResolution } from './mnist-format.ts';
import type { DatasetName } from './types.ts';

/** Options after validation, defaults filled in. */
export interface ResolvedOptions {
  testFraction: number;
  seed: number;
  trainPerClass: number | null;
  shape: 'flat' | 'image';
  /** mnist: image side in pixels (other sets: unused, 14). */
  resolution: MnistResolution;
  /** digits, mnist: the kept digits, ascending; synthetic: [0, …, classes − 1]. */
  classes: number[];
  n: number;
  noise: number;
}

/** Default values shared by every data set. */
export const DEFAULTS = { testFraction: 0.2, seed: 42, n: 400, noise: 0.1, syntheticClasses: 3 } as const;

/** Most points a synthetic set may have. */
export const MAX_POINTS = 100_000;

/** Most classes spirals and blobs may have. */
export const MAX_SYNTHETIC_CLASSES = 10;

/** Which options each data set accepts. */
export const OPTIONS_BY_DATASET: Record<DatasetName, readonly string[]> = {
  digits: ['shape', 'classes', 'testFraction', 'seed', 'trainPerClass'],
  mnist: ['resolution', 'shape', 'classes', 'testFraction', 'seed', 'trainPerClass'],
  moons: ['n', 'noise', 'testFraction', 'seed', 'trainPerClass'],
  spirals: ['n', 'noise', 'classes', 'testFraction', 'seed', 'trainPerClass'],
  blobs: ['n', 'noise', 'classes', 'testFraction', 'seed', 'trainPerClass'],
};

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** Validates `options` for `dataset`; throws a {@link DataError} on the first problem. */
export function resolveOptions(dataset: DatasetName, options: unknown): ResolvedOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new DataError(dataMessages.optionsNotObject(dataset, options));
  }
  const given = options as Record<string, unknown>;
  const valid = OPTIONS_BY_DATASET[dataset];
  for (const key of Object.keys(given)) {
    if (!valid.includes(key)) throw new DataError(dataMessages.unknownOption(dataset, key, valid));
  }
  const fail = (option: string, expected: string): never => {
    throw new DataError(dataMessages.badOption(dataset, option, expected, given[option]));
  };
  const pick = <T>(option: string, fallback: T, ok: (value: unknown) => boolean, expected: string): T => {
    const value = given[option];
    if (value === undefined) return fallback;
    return ok(value) ? (value as T) : fail(option, expected);
  };

  const testFraction = pick(
    'testFraction',
    DEFAULTS.testFraction,
    (v) => typeof v === 'number' && v >= 0 && v < 1,
    'a number from 0 up to (not including) 1, such as 0.2',
  );
  const seed = pick('seed', DEFAULTS.seed, (v) => typeof v === 'number' && Number.isFinite(v), 'a finite number, such as 1');
  const trainPerClass = pick<number | null>('trainPerClass', null, (v) => isWhole(v) && v >= 1, 'a whole number of at least 1, such as 20');
  const shape = pick<'flat' | 'image'>('shape', 'flat', (v) => v === 'flat' || v === 'image', "'flat' or 'image'");
  const n = pick('n', DEFAULTS.n, (v) => isWhole(v) && v >= 10 && v <= MAX_POINTS, `a whole number from 10 to ${MAX_POINTS}`);
  const resolution = pick<MnistResolution>(
    'resolution',
    14,
    (v) => (MNIST_RESOLUTIONS as readonly unknown[]).includes(v),
    '14 (14 × 14 images) or 8 (8 × 8, drawn like the UCI digits)',
  );
  const noise = pick('noise', DEFAULTS.noise, (v) => typeof v === 'number' && v >= 0 && v <= 10, 'a number from 0 to 10, such as 0.1');

  let classes: number[];
  if (dataset === 'digits' || dataset === 'mnist') {
    classes = pick(
      'classes',
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      (v) => Array.isArray(v) && v.length > 0 && v.every((d) => isWhole(d) && d >= 0 && d <= 9) && new Set(v).size === v.length,
      'a list of different digits 0–9, such as [0, 1, 2, 3, 4]',
    );
    classes = [...classes].sort((a, b) => a - b);
  } else if (dataset === 'moons') {
    classes = [0, 1];
  } else {
    const count = pick(
      'classes',
      DEFAULTS.syntheticClasses,
      (v) => isWhole(v) && v >= 2 && v <= MAX_SYNTHETIC_CLASSES,
      `a whole number from 2 to ${MAX_SYNTHETIC_CLASSES}`,
    );
    classes = Array.from({ length: count }, (_, index) => index);
  }
  return { testFraction, seed, trainPerClass, shape, resolution, classes, n, noise };
}
