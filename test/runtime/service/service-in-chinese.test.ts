/**
 * A service started from a Chinese page answers in Chinese: the starter tells the service's
 * worker (a node thread here, with no document) its locale, and the worker's own words (a 400's
 * expected and got) follow it. What `service.start`'s side says (its option checks, a 503 once
 * stopped) follows the starter's locale. A service started in English right after speaks English.
 */
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServiceApi } from '../../../src/runtime/service/service-api.ts';
import { openNodeServiceEndpoint } from '../../../src/runtime/service/node-service-endpoint.ts';
import { setLocale } from '../../../src/i18n/current-locale.ts';
import { validateRequest } from '../../../src/service/validate-request.ts';

const spec = { version: 'small-1', input: { shape: [4], min: 0, max: 1 }, maxInstances: 8 };
const input = { shape: [4], dtype: 'float32' as const, min: 0, max: 1 };
const model = () => tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 3, activation: 'softmax' })] });

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => setLocale('en'));

describe('a service started from a zh-cn page', () => {
  it('answers a bad request in Chinese, from its own worker; an English one in English', async () => {
    setLocale('zh-cn');
    const service = createServiceApi(tf, openNodeServiceEndpoint);
    const svc = await service.start(model(), spec);
    // The kernel's locale changes after the start: the worker keeps what it was told.
    setLocale('en');
    expect(await svc.request({ instances: [[0, 0, 2, 0]] })).toMatchObject({
      status: 400,
      error: {
        field: 'instances[0][2]',
        expected: '[0, 1] 范围内的数字',
        got: '2',
        message: 'instances[0][2]：应为 [0, 1] 范围内的数字，收到的是 2',
      },
    });
    expect(await svc.request({ instances: [[0, 0, 0]] })).toMatchObject({
      error: { message: 'instances[0]：应为包含 4 个数字的数组，收到的是包含 3 项的数组' },
    });
    await svc.stop();

    const english = await service.start(model(), spec);
    expect(await english.request({ instances: [[0, 0, 2, 0]] })).toMatchObject({
      error: { message: 'instances[0][2]: expected a number in [0, 1], got 2' },
    });
    await service.stopAll();
  }, 60_000);

  it('checks service.start’s options and answers once stopped in Chinese', async () => {
    setLocale('zh-cn');
    const service = createServiceApi(tf, openNodeServiceEndpoint);
    await expect(service.start(model(), { input: { shape: [] } })).rejects.toThrow(
      '服务选项：input.shape：应为由正整数组成的数组，例如 [64]，收到的是包含 0 项的数组',
    );
    const svc = await service.start(model(), spec);
    await svc.stop();
    expect(await svc.request({ instances: [[0, 0, 0, 0]] })).toMatchObject({ status: 503, error: { message: '服务已停止' } });
    await expect(service.start({} as tf.LayersModel, spec)).rejects.toThrow(
      'service.start：需要一个 tf.LayersModel（来自 tf.sequential、tf.model 或 models.load），收到的是空对象',
    );
  });

  it('names the fields of a request body in Chinese, spaced as Chinese is written', () => {
    setLocale('zh-cn');
    expect(validateRequest({ instances: [], inputs: 1 }, input, 8)).toMatchObject({
      ok: false,
      error: { message: 'inputs：应为只有 "instances" 字段（行格式："instances"，每个实例一项），收到的是一个这样命名的字段' },
    });
    expect(validateRequest('{', input, 8)).toMatchObject({
      error: {
        message: expect.stringMatching(/^\(body\)：应为形如 \{"instances": \[\.\.\.\]\} 的对象的 JSON 文本，收到的是不是 JSON 的文本（/),
      },
    });
    expect(validateRequest({ instances: new Array(9).fill([0, 0, 0, 0]) }, input, 8)).toMatchObject({
      error: { message: 'instances：应为每个请求最多 8 个实例，收到的是 9 个实例' },
    });
  });
});
