import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accuracy, measureTransfer, TARGET_CLASSES } from '../../../scripts/build-models.ts';
import { createDataApi } from '../../../src/runtime/data/data-api.ts';
import { clearModelCache } from '../../../src/runtime/models/model-artifacts.ts';
import { createModelsApi } from '../../../src/runtime/models/models-api.ts';
import { ModelError } from '../../../src/runtime/tools/errors.ts';
import { publicFolderFiles, readFileUrl } from '../../../src/runtime/tools/node-fetch-bytes.ts';

const files = publicFolderFiles();
const models = createModelsApi(tf, files);
const data = createDataApi(tf, files);
const manifest = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'public', 'models', 'digits-base', 'manifest.json'), 'utf8'),
) as { uciAccuracy: number; uciCount: number; weightBytes: number };
let tensorsBefore = 0;

beforeAll(async () => {
  await tf.setBackend('cpu');
});
beforeEach(() => {
  clearModelCache();
  tensorsBefore = tf.memory().numTensors;
});
afterEach(() => {
  expect(tf.memory().numTensors).toBe(tensorsBefore);
});

describe("models.load('digits-base')", () => {
  it('gives the documented architecture: 64 → 64 relu → 32 relu (features) → 10 softmax', async () => {
    const model = await models.load('digits-base');
    expect(model.inputs[0]!.shape).toEqual([null, 64]);
    expect(model.outputs[0]!.shape).toEqual([null, 10]);
    expect(model.layers.map((layer) => layer.name)).toEqual(['hidden', 'features', 'digit']);
    expect(model.getLayer('features').outputShape).toEqual([null, 32]);
    expect(model.countParams()).toBe(64 * 64 + 64 + 64 * 32 + 32 + 32 * 10 + 10);
    expect(manifest.weightBytes).toBe(model.countParams() * 4);
    model.dispose();
  });

  it('classifies the UCI digits, which it never saw (it was trained on MNIST), with the accuracy its manifest reports', async () => {
    const model = await models.load('digits-base');
    const d = await data.load('digits', { testFraction: 0 });
    expect(d.xTrain.shape[0]).toBe(manifest.uciCount);
    const measured = accuracy(model, d.xTrain, d.yTrain, 0);
    expect(measured).toBeCloseTo(manifest.uciAccuracy, 3);
    expect(measured).toBeGreaterThan(0.75);
    const probabilities = tf.tidy(() => (model.predict(d.xTrain) as tf.Tensor).sum(-1));
    for (const total of await probabilities.data()) expect(total).toBeCloseTo(1, 5);
    tf.dispose([probabilities, d.xTrain, d.yTrain, d.xTest, d.yTest]);
    model.dispose();
  });

  it('transfers to the UCI digits 5–9 from 5 examples each: head first, then fine-tuned, beats from scratch; the loaded model is unchanged', async () => {
    const base = await models.load('digits-base');
    const weightsBefore = base.getWeights().map((weight) => Array.from(weight.dataSync()));
    const result = await measureTransfer(base, 5, 1);
    expect(result.headThenFineTune).toBeGreaterThan(result.fromScratch + 0.03);
    expect(result.frozenHead).toBeGreaterThan(result.fromScratch + 0.03);
    expect(result.fromScratch).toBeGreaterThan(0.6);
    expect(base.getWeights().map((weight) => Array.from(weight.dataSync()))).toEqual(weightsBefore);
    expect(TARGET_CLASSES).toEqual([5, 6, 7, 8, 9]);
    base.dispose();
  }, 60_000);

  it('loads a fresh copy each time (fine-tuning one leaves the next untouched)', async () => {
    const first = await models.load('digits-base');
    const second = await models.load('digits-base');
    expect(first).not.toBe(second);
    const kernel = first.getLayer('digit').getWeights()[0]!;
    const zeros = tf.zerosLike(kernel);
    first.getLayer('digit').setWeights([zeros, first.getLayer('digit').getWeights()[1]!]);
    zeros.dispose();
    expect((await first.getLayer('digit').getWeights()[0]!.data())[0]).toBe(0);
    const untouched = second.getLayer('digit').getWeights()[0]!;
    expect(Math.abs((await untouched.data())[0]!)).toBeGreaterThan(0);
    first.dispose();
    second.dispose();
  });
});

describe('models.load errors', () => {
  it('lists the available models for an unknown or missing name', async () => {
    await expect(models.load('mobilenet' as never)).rejects.toThrow(ModelError);
    await expect(models.load('mobilenet' as never)).rejects.toThrow(
      "models.load: there is no model named 'mobilenet'. Available: 'digits-base', or a model you saved, as 'indexeddb://<name>'.",
    );
    await expect(models.load(3 as never)).rejects.toThrow(
      "models.load needs the name of a model as its first argument, got 3. Available: 'digits-base'.",
    );
  });

  it('fetches the files once per worker, then builds fresh models from them', async () => {
    const urls: string[] = [];
    const counting = createModelsApi(tf, { baseUrl: files.baseUrl, fetchBytes: (url) => (urls.push(url), readFileUrl(url)) });
    const first = await counting.load('digits-base');
    const second = await counting.load('digits-base');
    expect(urls.map((url) => url.split('/').at(-1))).toEqual(['model.json', 'weights.bin']);
    expect(second.getWeights()[0]).not.toBe(first.getWeights()[0]);
    first.dispose();
    second.dispose();
  });

  it('reports a missing weights file with its URL, and retries on the next load', async () => {
    const failing = createModelsApi(tf, {
      baseUrl: files.baseUrl,
      fetchBytes: (url) => (url.endsWith('.bin') ? Promise.reject(new Error('HTTP 404 Not Found')) : readFileUrl(url)),
    });
    await expect(failing.load('digits-base')).rejects.toThrow(
      /models\.load\('digits-base'\): could not read file:.*\/models\/digits-base\/weights\.bin \(HTTP 404 Not Found\)/,
    );
    const model = await createModelsApi(tf, files).load('digits-base');
    expect(model.layers).toHaveLength(3);
    model.dispose();
  });

  it('reports a damaged model.json', async () => {
    const damaged = createModelsApi(tf, { baseUrl: 'https://site.test/', fetchBytes: async () => new TextEncoder().encode('{ not json') });
    await expect(damaged.load('digits-base')).rejects.toThrow(
      /^models\.load\('digits-base'\): the model file https:\/\/site\.test\/models\/digits-base\/model\.json is damaged \(.+\)\. Rebuild it with npm run build:models\.$/,
    );
  });

  it('reads from the site root, with or without a trailing slash', async () => {
    const urls: string[] = [];
    const recording = createModelsApi(tf, {
      baseUrl: 'https://site.test/course',
      fetchBytes: async (url) => (urls.push(url), Promise.reject(new Error('offline'))),
    });
    await expect(recording.load('digits-base')).rejects.toThrow('offline');
    expect(urls).toEqual(['https://site.test/course/models/digits-base/model.json']);
  });
});

describe('the figures lessons/pretrained.md quotes from the manifest', () => {
  it('are the manifest’s means, from scratch against head first, at 20 and 5 images per digit', () => {
    const lesson = readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'lessons', 'pretrained.md'), 'utf8').replace(/\s+/g, ' ');
    const quoted = /with 20 images per digit, ([\d.]+) from scratch against ([\d.]+) head first; with 5, ([\d.]+) against ([\d.]+)\./.exec(
      lesson,
    );
    expect(quoted).not.toBeNull();
    const transfer = manifestTransfer();
    expect(quoted!.slice(1).map(Number)).toEqual([
      transfer['20 per digit'].fromScratch.mean,
      transfer['20 per digit'].headThenFineTune.mean,
      transfer['5 per digit'].fromScratch.mean,
      transfer['5 per digit'].headThenFineTune.mean,
    ]);
  });
});

type Means = Record<'fromScratch' | 'headThenFineTune', { mean: number }>;
function manifestTransfer(): Record<'5 per digit' | '20 per digit', Means> {
  return (manifest as unknown as { transfer: Record<'5 per digit' | '20 per digit', Means> }).transfer;
}
