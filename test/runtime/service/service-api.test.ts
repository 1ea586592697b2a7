import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectService, createServiceApi, type ModelService } from '../../../src/runtime/service/service-api.ts';
import { openNodeServiceEndpoint } from '../../../src/runtime/service/node-service-endpoint.ts';
import { parseServiceOptions } from '../../../src/service/service-options.ts';

/** A small classifier of 4 inputs into 3 classes, with fixed weights. */
function smallModel() {
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 3, activation: 'softmax' })] });
  model.setWeights([tf.tensor2d([1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1], [4, 3]), tf.tensor1d([0, 0.5, 0])]);
  return model;
}

const spec = { version: 'small-1', input: { shape: [4], min: 0, max: 1 }, maxInstances: 8 };

describe('service (node worker thread)', () => {
  const service = createServiceApi(tf, openNodeServiceEndpoint);
  const model = smallModel();
  let svc: ModelService;

  beforeAll(async () => {
    await tf.setBackend('cpu');
    svc = await service.start(model, { ...spec, batching: { maxBatchSize: 8, maxQueueWaitMs: 5 } });
  });
  afterAll(async () => {
    await service.stopAll();
    model.dispose();
  });

  it("answers 200 with the model's own predictions, in request order, with the version", async () => {
    const instances = [
      [1, 0, 0, 0],
      [0, 0, 1, 0.5],
    ];
    const response = await svc.request({ instances });
    expect(response.status).toBe(200);
    expect(response.version).toBe('small-1');
    const expected = (model.predict(tf.tensor2d(instances)) as tf.Tensor).arraySync() as number[][];
    if (response.status !== 200) throw new Error('expected 200');
    response.predictions.forEach((prediction, i) => {
      const row = expected[i] as number[];
      prediction.probabilities.forEach((p, j) => expect(p).toBeCloseTo(row[j] as number, 5));
      expect(prediction.label).toBe(row.indexOf(Math.max(...row)));
    });
  });

  it('takes the body as JSON text too', async () => {
    expect((await svc.request('{"instances": [[0, 0, 0, 0]]}')).status).toBe(200);
  });

  it('answers bad requests 400 as data, naming the field', async () => {
    expect(await svc.request({ instances: [[0, 0, 2, 0]] })).toEqual({
      status: 400,
      version: 'small-1',
      error: {
        field: 'instances[0][2]',
        expected: 'a number in [0, 1]',
        got: '2',
        message: 'instances[0][2]: expected a number in [0, 1], got 2',
      },
    });
    expect(await svc.request('{"instances": [')).toMatchObject({ status: 400, error: { field: '(body)' } });
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(await svc.request(circular)).toMatchObject({ status: 400, error: { field: '(body)' } });
    expect(await svc.request(() => 1)).toMatchObject({ status: 400, error: { field: '(body)', got: 'a function' } });
  });

  it('answers a huge batch 400 at once', async () => {
    const started = performance.now();
    const response = await svc.request({ instances: new Array(20_000).fill([0, 0, 0, 0]) });
    expect(response).toMatchObject({
      status: 400,
      error: { message: 'instances: expected at most 8 instances per request, got 20000 instances' },
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('batches concurrent requests, keeping each answer with its request', async () => {
    const before = svc.stats().batches;
    const requests = Array.from({ length: 16 }, (_, i) => ({ instances: [[i % 2, 0, 0, 0]] }));
    const answers = await Promise.all(requests.map((body) => svc.request(body)));
    const labels = answers.map((a) => (a.status === 200 ? a.predictions[0]?.label : -1));
    expect(labels).toEqual(requests.map((_, i) => (i % 2 === 1 ? 0 : 1)));
    expect(svc.stats().batches - before).toBeLessThanOrEqual(4);
    expect(svc.stats().inFlight).toBe(0);
  });

  it('refuses what is not a model, and bad options, before starting anything', async () => {
    await expect(service.start({} as tf.LayersModel, spec)).rejects.toThrow(
      'service.start: expected a tf.LayersModel (from tf.sequential, tf.model or models.load), got an empty object',
    );
    await expect(service.start(model, { input: { shape: [] } })).rejects.toThrow(
      'service options: input.shape: expected an array of positive whole numbers',
    );
    expect(service.running).toBe(1);
  });

  it("answers 500 for every request when the model does not take the spec's shape", async () => {
    const wrong = await service.start(model, {
      version: 'wrong-1',
      input: { shape: [3] },
      batching: { maxBatchSize: 4, maxQueueWaitMs: 2 },
    });
    const answers = await Promise.all([0, 1].map(() => wrong.request({ instances: [[0, 0, 0]] })));
    for (const answer of answers) {
      expect(answer.status).toBe(500);
      expect(answer.version).toBe('wrong-1');
      expect(answer.status === 500 && answer.error.message).toMatch(/^the model failed on this batch: .*shape/);
    }
    await wrong.stop();
    expect(await wrong.request({ instances: [[0, 0, 0]] })).toEqual({
      status: 503,
      version: 'wrong-1',
      error: { message: 'the service is stopped' },
    });
  });

  it('answers requests pending when it stops 503, and so a service stopped mid-load never hangs', async () => {
    const { service: loading, loaded } = connectService(
      openNodeServiceEndpoint(),
      await (async () => {
        let captured: tf.io.ModelArtifacts | undefined;
        await model.save(
          tf.io.withSaveHandler(
            async (a) => ((captured = a), { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }),
          ),
        );
        return captured as tf.io.ModelArtifacts;
      })(),
      parseServiceOptions(spec),
    );
    const pending = [loading.request({ instances: [[0, 0, 0, 0]] }), loading.request({ instances: [[1, 1, 1, 1]] })];
    expect(loading.stats().inFlight).toBe(2);
    await loading.stop();
    expect(await Promise.all(pending)).toEqual([
      { status: 503, version: 'small-1', error: { message: 'the service is stopped' } },
      { status: 503, version: 'small-1', error: { message: 'the service is stopped' } },
    ]);
    await expect(loaded).rejects.toThrow('service.start: the service was stopped before its model loaded');
    expect(loading.stats()).toMatchObject({ inFlight: 0, stopped: true, answered: { 503: 2 } });
  });

  it('stopAll while a start is loading makes the start fail with a clear error', async () => {
    const starting = service.start(model, spec);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(service.running).toBe(2);
    await service.stopAll();
    await expect(starting).rejects.toThrow('service.start: the service was stopped before its model loaded');
    expect(service.running).toBe(0);
    expect(await svc.request({ instances: [[0, 0, 0, 0]] })).toMatchObject({ status: 503 });
    svc = await service.start(model, spec);
  });
});
