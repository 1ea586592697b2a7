import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataApi } from '../../../src/runtime/data/data-api.ts';
import { sha256Hex } from '../../../src/runtime/data/digits-format.ts';
import { decodeImages, type MnistManifest } from '../../../src/runtime/data/mnist-format.ts';
import { clearMnistCache } from '../../../src/runtime/data/mnist-source.ts';
import type { LoadedDataset } from '../../../src/runtime/data/types.ts';
import { DataError } from '../../../src/runtime/tools/errors.ts';
import { publicFolderFiles, readFileUrl } from '../../../src/runtime/tools/node-fetch-bytes.ts';

const publicDir = resolve(import.meta.dirname, '..', '..', '..', 'public');
const manifest = JSON.parse(readFileSync(resolve(publicDir, 'data', 'mnist.json'), 'utf8')) as MnistManifest;
const CLASS_COUNTS = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];
const TEST_COUNT = CLASS_COUNTS.reduce((sum, count) => sum + Math.round(count * 0.2), 0);
let tensorsBefore = 0;

const disposeAll = (d: LoadedDataset) => tf.dispose([d.xTrain, d.yTrain, d.xTest, d.yTest]);
const labelsOf = async (t: tf.Tensor) => Array.from(await t.data());
const countBy = (labels: number[]) => labels.reduce<Record<number, number>>((acc, l) => ({ ...acc, [l]: (acc[l] ?? 0) + 1 }), {});
const readBin = (file: string) => new Uint8Array(readFileSync(resolve(publicDir, 'data', file)));

beforeAll(async () => {
  await tf.setBackend('cpu');
});
beforeEach(() => {
  clearMnistCache();
  tensorsBefore = tf.memory().numTensors;
});
afterEach(() => {
  expect(tf.memory().numTensors).toBe(tensorsBefore);
});

describe('shipped MNIST files', () => {
  it('match their manifest: 10,000 images at 14×14 (0–255) and 8×8 (0–16), sha256, class counts, CC BY-SA 3.0', async () => {
    expect(manifest).toMatchObject({ count: 10000, numClasses: 10, classCounts: CLASS_COUNTS, licence: 'CC BY-SA 3.0' });
    expect(manifest.files.map(({ side, pixelMax, file }) => [side, pixelMax, file])).toEqual([
      [14, 255, 'mnist-14x14.bin'],
      [8, 16, 'mnist-8x8.bin'],
    ]);
    for (const entry of manifest.files) {
      const bytes = readBin(entry.file);
      expect(bytes.length).toBe(entry.bytes);
      expect(await sha256Hex(bytes)).toBe(entry.sha256);
      const images = decodeImages(bytes, manifest.count, entry.side, entry.pixelMax);
      expect(Object.values(countBy(Array.from(images.labels)))).toEqual(CLASS_COUNTS);
      expect(images.pixels.reduce((max, v) => Math.max(max, v), 0)).toBe(entry.pixelMax);
    }
    // Both files hold the same images in the same order.
    expect(readBin('mnist-14x14.bin').subarray(10000 * 196)).toEqual(readBin('mnist-8x8.bin').subarray(10000 * 64));
  });

  it('8×8 images pair with the UCI digits: 1-nearest-neighbour trained on MNIST reads the UCI digits (> 75 %)', () => {
    const mnist = decodeImages(readBin('mnist-8x8.bin'), 10000, 8, 16);
    const uci = readBin('digits.bin');
    const queries = 600; // the first 600 UCI digits, to keep the test fast
    const accuracy = tf.tidy(() => {
      const a = tf.tensor2d(uci.subarray(0, queries * 64), [queries, 64], 'float32');
      const b = tf.tensor2d(mnist.pixels, [10000, 64], 'float32');
      const dist2 = b
        .square()
        .sum(1)
        .expandDims(0)
        .sub(a.matMul(b, false, true).mul(2)); // |b|² − 2ab ranks like |a − b|²
      const nearest = tf.gather(tf.tensor1d(mnist.labels, 'int32'), dist2.argMin(1));
      return (
        nearest
          .equal(tf.tensor1d(uci.subarray(1797 * 64, 1797 * 64 + queries), 'int32'))
          .mean()
          .dataSync()[0] ?? 0
      );
    });
    expect(accuracy).toBeGreaterThan(0.75);
  });
});

describe("data.load('mnist')", () => {
  const data = createDataApi(tf, publicFolderFiles(publicDir));

  it('gives flat 14×14 float32 x in [0, 1] and int32 rank-1 labels 0–9, split 80/20 per class', async () => {
    const d = await data.load('mnist');
    expect(d.xTrain.shape).toEqual([10000 - TEST_COUNT, 196]);
    expect(d.xTest.shape).toEqual([TEST_COUNT, 196]);
    expect([d.xTrain.dtype, d.yTrain.dtype, d.yTrain.rank, d.yTest.dtype]).toEqual(['float32', 'int32', 1, 'int32']);
    expect(d).toMatchObject({ numClasses: 10, featureShape: [196], classes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] });
    expect(d.classNames).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const [min, max] = tf.tidy(() => [d.xTrain.min().dataSync()[0], d.xTrain.max().dataSync()[0]]);
    expect([min, max]).toEqual([0, 1]);
    const trainLabels = await labelsOf(d.yTrain);
    expect(Math.min(...trainLabels)).toBe(0);
    expect(Math.max(...trainLabels)).toBe(9);
    const testCounts = countBy(await labelsOf(d.yTest));
    CLASS_COUNTS.forEach((count, digit) => expect(testCounts[digit]).toBe(Math.round(count * 0.2)));
    disposeAll(d);
  });

  it("gives 8×8 images with resolution: 8, and [n, side, side, 1] with shape: 'image' holding the same pixels", async () => {
    const flat = await data.load('mnist', { resolution: 8, seed: 3 });
    const image = await data.load('mnist', { resolution: 8, seed: 3, shape: 'image' });
    const big = await data.load('mnist', { shape: 'image', testFraction: 0.5 });
    expect(flat.featureShape).toEqual([64]);
    expect(image.xTrain.shape).toEqual([10000 - TEST_COUNT, 8, 8, 1]);
    expect(image.featureShape).toEqual([8, 8, 1]);
    expect(big.xTest.shape.slice(1)).toEqual([14, 14, 1]);
    expect(Array.from(await image.xTest.data())).toEqual(Array.from(await flat.xTest.data()));
    // 8×8 pixels are on-pixel counts 0–16, scaled to [0, 1] in steps of 1/16.
    const sixteenths = Array.from(await flat.xTest.data()).map((v) => v * 16);
    expect(sixteenths.every((v) => Math.abs(v - Math.round(v)) < 1e-5)).toBe(true);
    [flat, image, big].forEach(disposeAll);
  });

  it('keeps the chosen classes and trainPerClass training images per class, with the full test set of those classes', async () => {
    const d = await data.load('mnist', { classes: [7, 2], trainPerClass: 30 });
    expect(countBy(await labelsOf(d.yTrain))).toEqual({ 2: 30, 7: 30 });
    expect(countBy(await labelsOf(d.yTest))).toEqual({ 2: Math.round(991 * 0.2), 7: Math.round(1070 * 0.2) });
    expect(d.classes).toEqual([2, 7]);
    expect(d.numClasses).toBe(10);
    disposeAll(d);
  });

  it('repeats the split for a seed (the same images at both resolutions), changes it for another', async () => {
    const a = await data.load('mnist', { seed: 1, testFraction: 0.05 });
    const b = await data.load('mnist', { seed: 1, testFraction: 0.05 });
    const small = await data.load('mnist', { seed: 1, testFraction: 0.05, resolution: 8 });
    const c = await data.load('mnist', { seed: 2, testFraction: 0.05 });
    expect(await labelsOf(a.yTrain)).toEqual(await labelsOf(b.yTrain));
    expect(Array.from(await a.xTest.data())).toEqual(Array.from(await b.xTest.data()));
    expect(await labelsOf(small.yTest)).toEqual(await labelsOf(a.yTest));
    expect(await labelsOf(a.yTrain)).not.toEqual(await labelsOf(c.yTrain));
    [a, b, small, c].forEach(disposeAll);
  });

  it('fetches the manifest once and only the resolution asked for, once (cached)', async () => {
    const urls: string[] = [];
    const counting = createDataApi(tf, { ...publicFolderFiles(publicDir), fetchBytes: (url) => (urls.push(url), readFileUrl(url)) });
    disposeAll(await counting.load('mnist', { resolution: 8 }));
    expect(urls.map((url) => url.split('/').at(-1))).toEqual(['mnist.json', 'mnist-8x8.bin']);
    disposeAll(await counting.load('mnist', { resolution: 8, seed: 5 }));
    disposeAll(await counting.load('mnist', { testFraction: 0.5 }));
    expect(urls.map((url) => url.split('/').at(-1))).toEqual(['mnist.json', 'mnist-8x8.bin', 'mnist-14x14.bin']);
  });

  it('reports a missing file with the URL and how to fix it', async () => {
    const failing = createDataApi(tf, {
      baseUrl: 'https://site.test/course',
      fetchBytes: () => Promise.reject(new Error('HTTP 404 Not Found')),
    });
    const error = await failing.load('mnist').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toBe(
      "data.load('mnist'): could not read https://site.test/course/data/mnist.json (HTTP 404 Not Found). " +
        'The site serves its data sets itself: reload the page; if this keeps happening the site was built without its data files (npm run build:data).',
    );
  });

  it('rejects a damaged or truncated file (the size check holds without Web Crypto)', async () => {
    const damaging = createDataApi(tf, {
      ...publicFolderFiles(publicDir),
      fetchBytes: async (url) => {
        const bytes = await readFileUrl(url);
        if (url.endsWith('.bin')) bytes[10] = 99;
        return bytes;
      },
    });
    await expect(damaging.load('mnist', { resolution: 8 })).rejects.toThrow(
      /mnist-8x8\.bin is damaged \(its sha256 does not match mnist\.json\)/,
    );
    vi.stubGlobal('crypto', {});
    try {
      clearMnistCache();
      const truncating = createDataApi(tf, {
        ...publicFolderFiles(publicDir),
        fetchBytes: async (url) => (url.endsWith('.bin') ? (await readFileUrl(url)).subarray(1) : readFileUrl(url)),
      });
      await expect(truncating.load('mnist', { resolution: 8 })).rejects.toThrow(
        'mnist-8x8.bin is damaged (expected 650000 bytes, found 649999)',
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
