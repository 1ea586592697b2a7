/**
 * The service client against fake endpoints (no worker): what the kernel side does when a
 * worker loads, fails to load, dies, or is one too many.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServiceApi } from '../../../src/runtime/service/service-api.ts';
import type { ServiceCommand, ServiceEndpoint, ServiceEvent } from '../../../src/runtime/service/service-protocol.ts';

/** An endpoint that answers 'load' with `onLoad` and can be made to die. */
function fakeEndpoint(onLoad: ServiceEvent | undefined) {
  let listener: (event: ServiceEvent) => void = () => {};
  let exit: (reason: string) => void = () => {};
  const sent: ServiceCommand[] = [];
  let terminated = false;
  const endpoint: ServiceEndpoint = {
    post(command) {
      sent.push(command);
      if (command.type === 'load' && onLoad) queueMicrotask(() => listener(onLoad));
    },
    onMessage: (l) => (listener = l),
    onExit: (l) => (exit = l),
    terminate: () => (terminated = true),
  };
  return { endpoint, sent, die: (reason: string) => exit(reason), isTerminated: () => terminated };
}

const model = () => tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 2 })] });
const options = { version: 'v', input: { shape: [2] } };

describe('the service client', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('sends the model as artifacts and the request as JSON text', async () => {
    const fake = fakeEndpoint({ type: 'loaded', backend: 'cpu' });
    const svc = await createServiceApi(tf, () => fake.endpoint).start(model(), options);
    void svc.request({ instances: [[1, 2]] });
    const [load, request] = fake.sent;
    expect(load?.type === 'load' && load.artifacts.weightSpecs?.length).toBe(2);
    expect(request).toEqual({ type: 'request', id: 0, body: '{"instances":[[1,2]]}' });
    await svc.stop();
    expect(fake.isTerminated()).toBe(true);
  });

  it('fails start with the reason when the model cannot load, and ends that worker', async () => {
    const fake = fakeEndpoint({ type: 'load-failed', message: 'the model could not be loaded: bad topology' });
    const api = createServiceApi(tf, () => fake.endpoint);
    await expect(api.start(model(), options)).rejects.toThrow('service.start: the model could not be loaded: bad topology');
    expect(fake.isTerminated()).toBe(true);
    expect(api.running).toBe(0);
  });

  it('answers pending requests 503 when its worker dies, and later ones too', async () => {
    const fake = fakeEndpoint({ type: 'loaded', backend: 'cpu' });
    const svc = await createServiceApi(tf, () => fake.endpoint).start(model(), options);
    const pending = svc.request({ instances: [[1, 2]] });
    fake.die('out of memory');
    expect(await pending).toEqual({ status: 503, version: 'v', error: { message: "the service's worker ended (out of memory)" } });
    expect(await svc.request({ instances: [[1, 2]] })).toEqual({ status: 503, version: 'v', error: { message: 'the service is stopped' } });
  });

  it('refuses a fifth service while four run', async () => {
    const api = createServiceApi(tf, () => fakeEndpoint({ type: 'loaded', backend: 'cpu' }).endpoint);
    const m = model();
    for (let i = 0; i < 4; i++) await api.start(m, options);
    await expect(api.start(m, options)).rejects.toThrow(
      'service.start: 4 services are already running; stop one first (await svc.stop(), or await service.stopAll())',
    );
    await api.stopAll();
    expect(api.running).toBe(0);
    await expect(api.start(m, options)).resolves.toBeDefined();
  });

  it('says where it cannot start a worker', async () => {
    const api = createServiceApi(tf, () => {
      throw new Error('service.start: this thread cannot start workers');
    });
    await expect(api.start(model(), options)).rejects.toThrow('this thread cannot start workers');
    expect(api.running).toBe(0);
  });
});
