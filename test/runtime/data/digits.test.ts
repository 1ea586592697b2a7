import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataApi } from '../../../src/runtime/data/data-api.ts';
import { decodeDigits, sha256Hex, type DigitsManifest } from '../../../src/runtime/data/digits-format.ts';
import { clearDigitsCache } from '../../../src/runtime/data/digits-source.ts';
import type { LoadedDataset } from '../../../src/runtime/data/types.ts';
import { DataError } from '../../../src/runtime/tools/errors.ts';
import { publicFolderFiles, readFileUrl } from '../../../src/runtime/tools/node-fetch-bytes.ts';

const publicDir = resolve(import.meta.dirname, '..', '..', '..', 'public');
const manifest = JSON.parse(readFileSync(resolve(publicDir, 'data', 'digits.json'), 'utf8')) as DigitsManifest;
let tensorsBefore = 0;

const disposeAll = (d: LoadedDataset) => tf.dispose([d.xTrain, d.yTrain, d.xTest, d.yTest]);
const labelsOf = async (t: tf.Tensor) => Array.from(await t.data());
const countBy = (labels: number[]) => labels.reduce<Record<number, number>>((acc, l) => ({ ...acc, [l]: (acc[l] ?? 0) + 1 }), {});

beforeAll(async () => {
  await tf.setBackend('cpu');
});
beforeEach(() => {
  clearDigitsCache();
  tensorsBefore = tf.memory().numTensors;
});
afterEach(() => {
  expect(tf.memory().numTensors).toBe(tensorsBefore);
});

describe('shipped digits files', () => {
  it('match their manifest: 1,797 images, sha256, class counts, CC BY 4.0', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(publicDir, 'data', manifest.file)));
    expect(manifest).toMatchObject({ count: 1797, height: 8, width: 8, pixelMax: 16, numClasses: 10, licence: 'CC BY 4.0' });
    expect(bytes.length).toBe(manifest.bytes);
    expect(await sha256Hex(bytes)).toBe(manifest.sha256);
    const digits = decodeDigits(bytes, manifest.count);
    expect(Object.values(countBy(Array.from(digits.labels)))).toEqual(manifest.classCounts);
    expect(Math.max(...digits.pixels)).toBe(16);
  });
});

describe("data.load('digits')", () => {
  const data = createDataApi(tf, publicFolderFiles(publicDir));

  it('gives flat float32 x in [0, 1] and int32 rank-1 labels, split 80/20 per class', async () => {
    const d = await data.load('digits');
    expect(d.xTrain.shape).toEqual([1438, 64]);
    expect(d.xTest.shape).toEqual([359, 64]);
    expect([d.xTrain.dtype, d.yTrain.dtype, d.yTrain.rank]).toEqual(['float32', 'int32', 1]);
    expect(d.yTest.shape).toEqual([359]);
    expect(d).toMatchObject({ numClasses: 10, featureShape: [64], classes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] });
    expect(d.classNames).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const x = await d.xTrain.data();
    expect(Math.min(...x)).toBe(0);
    expect(Math.max(...x)).toBe(1);
    const testCounts = countBy(await labelsOf(d.yTest));
    manifest.classCounts.forEach((count, digit) => expect(testCounts[digit]).toBe(Math.round(count * 0.2)));
    disposeAll(d);
  });

  it("gives images [n, 8, 8, 1] with shape: 'image', holding the same pixels", async () => {
    const flat = await data.load('digits', { seed: 3 });
    const image = await data.load('digits', { seed: 3, shape: 'image' });
    expect(image.xTrain.shape).toEqual([1438, 8, 8, 1]);
    expect(image.featureShape).toEqual([8, 8, 1]);
    expect(Array.from(await image.xTest.data())).toEqual(Array.from(await flat.xTest.data()));
    disposeAll(flat);
    disposeAll(image);
  });

  it('keeps only the chosen classes, labels staying the original digits', async () => {
    const d = await data.load('digits', { classes: [7, 5, 9] });
    const labels = [...(await labelsOf(d.yTrain)), ...(await labelsOf(d.yTest))];
    expect(new Set(labels)).toEqual(new Set([5, 7, 9]));
    expect(labels).toHaveLength(182 + 179 + 180);
    expect(d.classes).toEqual([5, 7, 9]);
    expect(d.numClasses).toBe(10);
    disposeAll(d);
  });

  it('keeps trainPerClass training examples per class and the full test set', async () => {
    const d = await data.load('digits', { classes: [5, 6, 7, 8, 9], trainPerClass: 20 });
    expect(countBy(await labelsOf(d.yTrain))).toEqual({ 5: 20, 6: 20, 7: 20, 8: 20, 9: 20 });
    expect(d.yTest.shape).toEqual([36 + 36 + 36 + 35 + 36]);
    disposeAll(d);
  });

  it('repeats the split for a seed, changes it for another, and never mixes train and test', async () => {
    const a = await data.load('digits', { seed: 1 });
    const b = await data.load('digits', { seed: 1 });
    const c = await data.load('digits', { seed: 2 });
    expect(await labelsOf(a.yTrain)).toEqual(await labelsOf(b.yTrain));
    expect(Array.from(await a.xTest.data())).toEqual(Array.from(await b.xTest.data()));
    expect(await labelsOf(a.yTrain)).not.toEqual(await labelsOf(c.yTrain));
    const rows = async (t: tf.Tensor) => ((await t.array()) as number[][]).map((row) => row.join());
    const train = new Set(await rows(a.xTrain));
    const testRows = await rows(a.xTest);
    // The UCI digits hold a few duplicate images, so allow a handful of coincidences.
    expect(testRows.filter((row) => train.has(row)).length).toBeLessThan(5);
    [a, b, c].forEach(disposeAll);
  });

  it('honours testFraction, including 0', async () => {
    const half = await data.load('digits', { testFraction: 0.5 });
    expect(half.xTest.shape[0]).toBe(manifest.classCounts.reduce((s, c) => s + Math.round(c * 0.5), 0));
    const none = await data.load('digits', { testFraction: 0 });
    expect(none.xTest.shape).toEqual([0, 64]);
    expect(none.xTrain.shape).toEqual([1797, 64]);
    disposeAll(half);
    disposeAll(none);
  });

  it('fetches the files once per worker (cached)', async () => {
    const urls: string[] = [];
    const counting = createDataApi(tf, { ...publicFolderFiles(publicDir), fetchBytes: (url) => (urls.push(url), readFileUrl(url)) });
    disposeAll(await counting.load('digits'));
    disposeAll(await counting.load('digits', { seed: 5 }));
    expect(urls.map((url) => url.split('/').at(-1))).toEqual(['digits.json', 'digits.bin']);
  });

  it('reports a missing file with the URL and how to fix it, then retries', async () => {
    const failing = createDataApi(tf, {
      baseUrl: 'https://site.test/course',
      fetchBytes: () => Promise.reject(new Error('HTTP 404 Not Found')),
    });
    const error = await failing.load('digits').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toBe(
      "data.load('digits'): could not read https://site.test/course/data/digits.json (HTTP 404 Not Found). " +
        'The site serves its data sets itself: reload the page; if this keeps happening the site was built without its data files (npm run build:data).',
    );
    await expect(failing.load('digits')).rejects.toThrow('HTTP 404');
  });

  it('still loads where Web Crypto is missing (plain http on a LAN address), checking size and ranges', async () => {
    vi.stubGlobal('crypto', {});
    try {
      const d = await data.load('digits', { testFraction: 0.5 });
      expect(d.xTrain.shape[0] + d.xTest.shape[0]).toBe(1797);
      disposeAll(d);
      clearDigitsCache();
      const truncating = createDataApi(tf, {
        ...publicFolderFiles(publicDir),
        fetchBytes: async (url) => (url.endsWith('.bin') ? (await readFileUrl(url)).subarray(1) : readFileUrl(url)),
      });
      await expect(truncating.load('digits')).rejects.toThrow('digits.bin is damaged (expected 116805 bytes, found 116804)');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('rejects a damaged data file', async () => {
    const damaging = createDataApi(tf, {
      ...publicFolderFiles(publicDir),
      fetchBytes: async (url) => {
        const bytes = await readFileUrl(url);
        if (url.endsWith('.bin')) bytes[10] = 99;
        return bytes;
      },
    });
    await expect(damaging.load('digits')).rejects.toThrow(/digits\.bin is damaged \(its sha256 does not match digits\.json\)/);
  });
});
