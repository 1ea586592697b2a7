import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createDataApi } from '../../../src/runtime/data/data-api.ts';
import { resolveOptions } from '../../../src/runtime/data/options.ts';
import { DataError } from '../../../src/runtime/tools/errors.ts';

const data = createDataApi(tf, { baseUrl: 'https://unused.test/', fetchBytes: () => Promise.reject(new Error('unused')) });

describe('resolveOptions', () => {
  it('fills in the defaults', () => {
    expect(resolveOptions('digits', undefined)).toEqual({
      testFraction: 0.2,
      seed: 42,
      trainPerClass: null,
      shape: 'flat',
      resolution: 14,
      classes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      n: 400,
      noise: 0.1,
    });
    expect(resolveOptions('blobs', {}).classes).toEqual([0, 1, 2]);
    expect(resolveOptions('moons', {}).classes).toEqual([0, 1]);
    expect(resolveOptions('mnist', { resolution: 8, classes: [4, 2] })).toMatchObject({ resolution: 8, classes: [2, 4] });
  });

  it('sorts the chosen digits', () => {
    expect(resolveOptions('digits', { classes: [9, 3] }).classes).toEqual([3, 9]);
  });

  it.each([
    ['digits', { testFraction: 1 }, "option 'testFraction' must be a number from 0 up to (not including) 1, such as 0.2, got 1."],
    ['digits', { classes: [] }, "option 'classes' must be a list of different digits 0–9, such as [0, 1, 2, 3, 4], got []."],
    ['digits', { classes: [1, 1] }, "option 'classes' must be a list of different digits 0–9"],
    ['digits', { classes: 3 }, "option 'classes' must be a list of different digits 0–9"],
    ['mnist', { resolution: 28 }, "option 'resolution' must be 14 (14 × 14 images) or 8 (8 × 8, drawn like the UCI digits), got 28."],
    ['mnist', { classes: [10] }, "option 'classes' must be a list of different digits 0–9"],
    ['spirals', { classes: [1, 2] }, "option 'classes' must be a whole number from 2 to 10, got [1, 2]."],
    ['blobs', { classes: 1 }, "option 'classes' must be a whole number from 2 to 10, got 1."],
    ['moons', { n: 5 }, "option 'n' must be a whole number from 10 to 100000, got 5."],
    ['moons', { noise: -0.1 }, "option 'noise' must be a number from 0 to 10, such as 0.1, got -0.1."],
    ['moons', { seed: 'a' }, 'option \'seed\' must be a finite number, such as 1, got "a".'],
    ['moons', { trainPerClass: 0 }, "option 'trainPerClass' must be a whole number of at least 1, such as 20, got 0."],
  ] as const)('%s %o → %s', (dataset, options, message) => {
    expect(() => resolveOptions(dataset, options)).toThrow(DataError);
    expect(() => resolveOptions(dataset, options)).toThrow(message);
  });

  it('names the valid options of the data set for an unknown one', () => {
    expect(() => resolveOptions('moons', { classes: 3 })).toThrow(
      "data.load('moons'): unknown option 'classes'. Options for 'moons': 'n', 'noise', 'testFraction', 'seed' and 'trainPerClass'.",
    );
    expect(() => resolveOptions('digits', { n: 3 })).toThrow(
      "Options for 'digits': 'shape', 'classes', 'testFraction', 'seed' and 'trainPerClass'.",
    );
    expect(() => resolveOptions('digits', { resolution: 8 })).toThrow("data.load('digits'): unknown option 'resolution'.");
  });

  it('rejects options that are not an object', () => {
    expect(() => resolveOptions('blobs', 5)).toThrow("data.load('blobs', options): options must be an object such as { seed: 1 }, got 5.");
  });
});

describe('data.load names', () => {
  it('lists the valid names for an unknown or missing name', async () => {
    await expect(data.load('cifar' as never)).rejects.toThrow(
      "data.load: there is no data set named 'cifar'. Available: 'digits', 'mnist', 'moons', 'spirals' and 'blobs'.",
    );
    await expect(data.load(undefined as never)).rejects.toThrow(
      "data.load needs the name of a data set as its first argument, got undefined. Available: 'digits', 'mnist', 'moons', 'spirals' and 'blobs'.",
    );
    expect(data.names).toEqual(['digits', 'mnist', 'moons', 'spirals', 'blobs']);
  });
});
