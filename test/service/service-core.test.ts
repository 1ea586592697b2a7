import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModelPredict } from '../../src/service/model-predict.ts';
import type { PredictFn } from '../../src/service/request-format.ts';
import { createServiceCore } from '../../src/service/service-core.ts';
import { parseServiceOptions } from '../../src/service/service-options.ts';

const options = (extra: Record<string, unknown> = {}) =>
  parseServiceOptions({ version: 'test-1', input: { shape: [3], min: 0, max: 1 }, maxInstances: 4, ...extra });

/** A model stand-in: class scores [sum, 1 - sum / 3, 0], recording each call's batch size. */
function scoring() {
  const calls: number[] = [];
  const predict: PredictFn = async (rows) => {
    calls.push(rows.length);
    return rows.map((row) => {
      const sum = row.reduce((a, b) => a + b, 0);
      return [sum, 1 - sum / 3, 0];
    });
  };
  return { calls, predict };
}

describe('createServiceCore', () => {
  it('answers 200 with one prediction per instance, in order, with the version', async () => {
    const core = createServiceCore(options(), scoring().predict);
    expect(
      await core.handle({
        instances: [
          [1, 1, 1],
          [0, 0, 0],
        ],
      }),
    ).toEqual({
      status: 200,
      version: 'test-1',
      predictions: [
        { label: 0, probabilities: [3, 0, 0] },
        { label: 1, probabilities: [0, 1, 0] },
      ],
    });
  });

  it('answers 400 naming the field, and runs nothing', async () => {
    const { calls, predict } = scoring();
    const core = createServiceCore(options(), predict);
    expect(await core.handle({ instances: [[0, 2, 0]] })).toEqual({
      status: 400,
      version: 'test-1',
      error: {
        field: 'instances[0][1]',
        expected: 'a number in [0, 1]',
        got: '2',
        message: 'instances[0][1]: expected a number in [0, 1], got 2',
      },
    });
    expect((await core.handle({ instances: new Array(5).fill([0, 0, 0]) })).status).toBe(400);
    expect((await core.handle('not json')).status).toBe(400);
    expect(calls).toEqual([]);
  });

  it('answers 500 for every request of a batch whose predict throws, and goes on serving', async () => {
    let fail = true;
    const core = createServiceCore(options({ batching: { maxBatchSize: 8, maxQueueWaitMs: 1 } }), async (rows) => {
      if (fail) throw new Error('Error when checking : expected dense_input to have shape [null,64]');
      return rows.map(() => [1, 0]);
    });
    const answers = await Promise.all([core.handle({ instances: [[0, 0, 0]] }), core.handle({ instances: [[1, 1, 1]] })]);
    expect(answers).toEqual([
      {
        status: 500,
        version: 'test-1',
        error: { message: 'the model failed on this batch: Error when checking : expected dense_input to have shape [null,64]' },
      },
      {
        status: 500,
        version: 'test-1',
        error: { message: 'the model failed on this batch: Error when checking : expected dense_input to have shape [null,64]' },
      },
    ]);
    fail = false;
    expect((await core.handle({ instances: [[0, 0, 0]] })).status).toBe(200);
    expect(core.stats().answered).toEqual({ 200: 1, 400: 0, 500: 2, 503: 0 });
  });

  it('answers 500 when the model returns the wrong number of rows', async () => {
    const core = createServiceCore(options(), async () => [[1]]);
    expect(
      await core.handle({
        instances: [
          [0, 0, 0],
          [0, 0, 0],
        ],
      }),
    ).toEqual({
      status: 500,
      version: 'test-1',
      error: { message: 'the model failed on this batch: the model returned 1 rows for 2 instances' },
    });
  });

  it('batches concurrent requests into one predict call, and without batching calls predict once per request', async () => {
    const request = { instances: [[0, 0, 1]] };
    const batched = scoring();
    const on = createServiceCore(options({ batching: { maxBatchSize: 8, maxQueueWaitMs: 2 } }), batched.predict);
    const answersOn = await Promise.all(Array.from({ length: 6 }, () => on.handle(request)));
    expect(batched.calls).toEqual([6]);
    expect(on.stats()).toMatchObject({ batches: 1, meanBatchSize: 6, largestBatch: 6 });

    const single = scoring();
    const off = createServiceCore(options({ batching: false }), single.predict);
    const answersOff = await Promise.all(Array.from({ length: 6 }, () => off.handle(request)));
    expect(single.calls).toEqual([1, 1, 1, 1, 1, 1]);
    expect(answersOn).toEqual(answersOff);
  });

  it('hands each request its own rows back when requests of different sizes share a batch', async () => {
    const core = createServiceCore(options({ batching: { maxBatchSize: 8, maxQueueWaitMs: 2 } }), scoring().predict);
    const [a, b] = await Promise.all([
      core.handle({
        instances: [
          [1, 0, 0],
          [0, 0, 0],
        ],
      }),
      core.handle({ instances: [[1, 1, 0]] }),
    ]);
    expect(a).toMatchObject({ status: 200, predictions: [{ probabilities: [1, 1 - 1 / 3, 0] }, { probabilities: [0, 1, 0] }] });
    expect(b).toMatchObject({ status: 200, predictions: [{ probabilities: [2, 1 - 2 / 3, 0] }] });
  });

  it('answers 503 to waiting and new requests once stopped', async () => {
    const core = createServiceCore(options({ batching: { maxBatchSize: 8, maxQueueWaitMs: 50 } }), scoring().predict);
    const waiting = core.handle({ instances: [[0, 0, 0]] });
    core.stop();
    const stopped = { status: 503, version: 'test-1', error: { message: 'the service is stopped' } };
    expect(await waiting).toEqual(stopped);
    expect(await core.handle({ instances: [[0, 0, 0]] })).toEqual(stopped);
    expect(core.stopped).toBe(true);
  });

  it('answers 503 when the queue is full', async () => {
    const core = createServiceCore(options({ maxQueueLength: 2, batching: { maxBatchSize: 8, maxQueueWaitMs: 5 } }), scoring().predict);
    const answers = await Promise.all([0, 1, 2].map(() => core.handle({ instances: [[0, 0, 0]] })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 503]);
    expect(answers[2]).toEqual({
      status: 503,
      version: 'test-1',
      error: { message: 'the queue is full (2 requests waiting); try again later' },
    });
  });
});

describe('createModelPredict', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('runs a tfjs model on the batch, one output row per instance, leaking no tensors', async () => {
    const model = tf.sequential({
      layers: [tf.layers.dense({ inputShape: [2], units: 2, activation: 'softmax', kernelInitializer: 'ones' })],
    });
    const predict = createModelPredict(tf, model, { shape: [2], dtype: 'float32' });
    const before = tf.memory().numTensors;
    const rows = await predict([
      [0, 0],
      [1, 2],
    ]);
    expect(tf.memory().numTensors).toBe(before);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row[0]).toBeCloseTo(0.5, 5);
  });

  it('rejects (a 500 for the core) when the model does not take the input shape, leaking no tensors', async () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 2 })] });
    const predict = createModelPredict(tf, model, { shape: [3], dtype: 'float32' });
    const before = tf.memory().numTensors;
    await expect(predict([[1, 2, 3]])).rejects.toThrow(/shape/);
    expect(tf.memory().numTensors).toBe(before);
    const core = createServiceCore(parseServiceOptions({ input: { shape: [3] } }), predict);
    expect(await core.handle({ instances: [[1, 2, 3]] })).toMatchObject({ status: 500, version: '1' });
  });
});
