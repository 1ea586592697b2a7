/**
 * models.save / models.load('indexeddb://…') / models.sizeOf in node, where 'indexeddb://' is the
 * process's memory store (same copy-in, copy-out behaviour as IndexedDB; the browser's IndexedDB
 * path is driven in e2e/model-files.spec.ts), and 'downloads://' hands a zip to the Output.
 */
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { unzipModelFiles } from '../../../src/runtime/models/model-archive.ts';
import { createMemoryModelStore, memoryModelStore, type ModelStore } from '../../../src/runtime/models/model-store.ts';
import { createModelsApi, type OfferedDownload } from '../../../src/runtime/models/models-api.ts';
import { ModelError } from '../../../src/runtime/tools/errors.ts';
import { modelMessages } from '../../../src/runtime/tools/messages.ts';
import { publicFolderFiles } from '../../../src/runtime/tools/node-fetch-bytes.ts';

const files = publicFolderFiles();
let tensorsBefore = 0;

beforeAll(async () => {
  await tf.setBackend('cpu');
});
beforeEach(() => {
  memoryModelStore(tf).clear();
  tensorsBefore = tf.memory().numTensors;
});
afterEach(() => {
  expect(tf.memory().numTensors).toBe(tensorsBefore);
});

/** A small trained-looking model: 4 → 3 relu → 2 softmax, with seeded weights. */
function smallModel(): tf.LayersModel {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ units: 3, inputShape: [4], activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
      tf.layers.dense({ units: 2, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
    ],
  });
  model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' });
  return model;
}

/** Sets a layer's weights to zeros (setWeights copies, so the zeros are freed after). */
function zeroWeights(layer: tf.layers.Layer) {
  const zeros = layer.getWeights().map((weight) => tf.zerosLike(weight));
  layer.setWeights(zeros);
  tf.dispose(zeros);
}

const input = () =>
  tf.tensor2d([
    [1, 2, 3, 4],
    [0.5, -1, 2, 0],
  ]);
const predict = (model: tf.LayersModel) =>
  tf.tidy(() => {
    const x = input();
    return Array.from((model.predict(x) as tf.Tensor).dataSync());
  });

async function rejection(promise: Promise<unknown>): Promise<ModelError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelError);
  return error as ModelError;
}

describe("models.save(model, 'indexeddb://name') and models.load('indexeddb://name')", () => {
  it('gives back a fresh model that predicts what the saved one did, and reports the bytes saved', async () => {
    const models = createModelsApi(tf, files);
    const model = smallModel();
    const result = await models.save(model, 'indexeddb://small');
    // 4×3 + 3 + 3×2 + 2 = 23 float32 weights.
    expect(result.weightBytes).toBe(23 * 4);
    expect(result.bytes).toBeGreaterThan(result.weightBytes + 200);
    expect(result.path).toBe('indexeddb://small');
    const loaded = await models.load('indexeddb://small');
    expect(loaded).not.toBe(model);
    const [a, b] = [predict(model), predict(loaded)];
    b.forEach((value, i) => expect(value).toBeCloseTo(a[i]!, 6));
    model.dispose();
    loaded.dispose();
  });

  it('keeps what was saved: changing or disposing the model afterwards does not change it, and a later save replaces it', async () => {
    const models = createModelsApi(tf, files);
    const model = smallModel();
    const before = predict(model);
    await models.save(model, 'indexeddb://kept');
    zeroWeights(model.layers[0]!);
    const changed = predict(model);
    expect(changed).not.toEqual(before);
    const first = await models.load('indexeddb://kept');
    predict(first).forEach((value, i) => expect(value).toBeCloseTo(before[i]!, 6));
    // Two loads are independent models.
    const second = await models.load('indexeddb://kept');
    zeroWeights(second.layers[1]!);
    predict(first).forEach((value, i) => expect(value).toBeCloseTo(before[i]!, 6));
    await models.save(model, 'indexeddb://kept');
    const third = await models.load('indexeddb://kept');
    predict(third).forEach((value, i) => expect(value).toBeCloseTo(changed[i]!, 6));
    for (const m of [model, first, second, third]) m.dispose();
  });

  it('is shared by every models API in the process, as IndexedDB is by every worker of a site', async () => {
    const model = smallModel();
    await createModelsApi(tf, files).save(model, 'indexeddb://shared');
    const loaded = await createModelsApi(tf, files).load('indexeddb://shared');
    expect(loaded.countParams()).toBe(23);
    model.dispose();
    loaded.dispose();
  });

  it('names the saved models when asked for one that is not saved', async () => {
    const models = createModelsApi(tf, files);
    let error = await rejection(models.load('indexeddb://nothing'));
    expect(error.message).toBe(modelMessages.notSaved('nothing', [], 'memory'));
    expect(error.message).toContain('Nothing is saved yet');
    const model = smallModel();
    await models.save(model, 'indexeddb://b-model');
    await models.save(model, 'indexeddb://a-model');
    error = await rejection(models.load('indexeddb://digits'));
    expect(error.message).toBe(
      "models.load('indexeddb://digits'): no model is saved as 'digits' in this run. Saved: 'a-model' and 'b-model'. " +
        "Save it first with await models.save(model, 'indexeddb://digits').",
    );
    model.dispose();
  });

  it('rejects what it cannot save, with what was expected', async () => {
    const models = createModelsApi(tf, files);
    const model = smallModel();
    expect((await rejection(models.save({} as tf.LayersModel, 'indexeddb://x'))).message).toBe(modelMessages.saveNotAModel({}));
    expect((await rejection(models.save(model, 'localstorage://x' as 'indexeddb://x'))).message).toBe(
      modelMessages.saveBadDestination('localstorage://x'),
    );
    expect((await rejection(models.save(model, 'digits' as 'indexeddb://x'))).message).toContain("'indexeddb://<name>'");
    expect((await rejection(models.save(model, 'indexeddb://'))).message).toBe(modelMessages.badSavedName('models.save', ''));
    expect((await rejection(models.save(model, 'indexeddb://a/b'))).message).toBe(modelMessages.badSavedName('models.save', 'a/b'));
    expect((await rejection(models.load('indexeddb://../x'))).message).toBe(modelMessages.badSavedName('models.load', '../x'));
    expect((await rejection(models.load('downloads://x' as 'indexeddb://x'))).message).toBe(modelMessages.loadFromDownloads('x'));
    expect((await rejection(models.load('resnet' as 'digits-base'))).message).toContain("or a model you saved, as 'indexeddb://<name>'");
    model.dispose();
  });

  it('turns a full browser storage into a learner-facing error, and any other store failure into one naming the reason', async () => {
    const failing = (error: Error): ModelStore => ({ ...createMemoryModelStore(tf), save: () => Promise.reject(error) });
    const model = smallModel();
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    let error = await rejection(createModelsApi(tf, files, { store: failing(quota) }).save(model, 'indexeddb://big'));
    expect(error.message).toBe(modelMessages.quotaExceeded('big'));
    expect(error.message).toContain("'downloads://big'");
    // Chromium may abort the write instead, naming the quota in the message.
    const aborted = Object.assign(new Error('Transaction aborted: quota exceeded'), { name: 'AbortError' });
    error = await rejection(createModelsApi(tf, files, { store: failing(aborted) }).save(model, 'indexeddb://big'));
    expect(error.message).toBe(modelMessages.quotaExceeded('big'));
    error = await rejection(createModelsApi(tf, files, { store: failing(new Error('disk gone')) }).save(model, 'indexeddb://big'));
    expect(error.message).toBe("models.save(model, 'indexeddb://big'): the model could not be saved (disk gone).");
    model.dispose();
  });

  it('keeps loading the shipped models by name', async () => {
    const loaded = await createModelsApi(tf, files).load('digits-base');
    expect(loaded.outputs[0]!.shape).toEqual([null, 10]);
    loaded.dispose();
  });
});

describe("models.save(model, 'downloads://name')", () => {
  it('offers one zip with name/model.json and name/weights.bin, which tfjs loads back into the same model', async () => {
    const offered: OfferedDownload[] = [];
    const models = createModelsApi(tf, files, { offerDownload: (download) => offered.push(download) });
    const model = smallModel();
    const result = await models.save(model, 'downloads://digits');
    expect(offered).toHaveLength(1);
    const download = offered[0]!;
    expect(download.label).toBe('Download digits model');
    expect(download.fileName).toBe('digits.zip');
    expect(download.mimeType).toBe('application/zip');
    expect(download.description).toContain(`${result.bytes.toLocaleString('en-US')} bytes`);
    const { modelJsonPath, entries } = unzipModelFiles(download.bytes);
    expect(modelJsonPath).toBe('digits/model.json');
    expect([...entries.keys()].sort()).toEqual(['digits/model.json', 'digits/weights.bin']);
    const json = entries.get('digits/model.json')!;
    const weights = entries.get('digits/weights.bin')!;
    expect(json.byteLength + weights.byteLength).toBe(result.bytes);
    expect(weights.byteLength).toBe(23 * 4);
    const modelJson = JSON.parse(new TextDecoder().decode(json)) as tf.io.ModelJSON;
    expect(modelJson.weightsManifest[0]!.paths).toEqual(['./weights.bin']);
    const loaded = await tf.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: modelJson.modelTopology,
        weightSpecs: modelJson.weightsManifest[0]!.weights,
        weightData: weights.slice().buffer,
      }),
    );
    const [a, b] = [predict(model), predict(loaded)];
    b.forEach((value, i) => expect(value).toBeCloseTo(a[i]!, 6));
    model.dispose();
    loaded.dispose();
  });

  it('says where a download cannot be offered (grading has no Output)', async () => {
    const model = smallModel();
    const error = await rejection(createModelsApi(tf, files).save(model, 'downloads://digits'));
    expect(error.message).toBe(modelMessages.downloadsNeedOutput('digits'));
    model.dispose();
  });
});

describe('models.sizeOf', () => {
  it('counts model.json plus the weights, as saved, and grows by 4 bytes per float32 weight', async () => {
    const models = createModelsApi(tf, files);
    const model = smallModel();
    const bytes = await models.sizeOf(model);
    expect(bytes).toBe((await models.save(model, 'indexeddb://sized')).bytes);
    const wider = tf.sequential({ layers: [tf.layers.dense({ units: 5, inputShape: [4] }), tf.layers.dense({ units: 2 })] });
    const widerBytes = await models.sizeOf(wider);
    // 4×5 + 5 + 5×2 + 2 = 37 weights: 14 more, with a model.json within a few bytes of the other's.
    const weightGrowth = (37 - 23) * 4;
    expect(Math.abs(widerBytes - bytes - weightGrowth)).toBeLessThan(300);
    expect(widerBytes).toBeGreaterThan(37 * 4);
    model.dispose();
    wider.dispose();
  });

  it('counts artifacts too, and refuses anything else', async () => {
    const models = createModelsApi(tf, files);
    const artifacts: tf.io.ModelArtifacts = { modelTopology: { a: 1 }, weightSpecs: [], weightData: new ArrayBuffer(10) };
    const json = JSON.stringify({ modelTopology: { a: 1 }, weightsManifest: [{ paths: ['./weights.bin'], weights: [] }] });
    expect(await models.sizeOf(artifacts)).toBe(10 + json.length);
    expect((await rejection(models.sizeOf(3 as unknown as tf.LayersModel))).message).toBe(modelMessages.sizeOfNotAModel(3));
  });
});
