import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from '../../../src/grader/realm/wire';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

const net = () =>
  tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 4, activation: 'relu' }), tf.layers.dense({ units: 2 })] });

/** The model as the other realm receives it (postMessage copies by structured clone). */
async function roundTrip(model: tf.LayersModel): Promise<tf.LayersModel> {
  return (await decodeValue(tf, structuredClone(await encodeValue(tf, model)))) as tf.LayersModel;
}

describe('a model sent between realms', () => {
  it('keeps its weights', async () => {
    const model = net();
    const received = await roundTrip(model);
    const x = tf.tensor2d([[1, 2, 3]]);
    expect(await (received.predict(x) as tf.Tensor).array()).toEqual(await (model.predict(x) as tf.Tensor).array());
  });

  it('stays frozen when frozen as a whole (model.trainable = false), which its saved configs do not record', async () => {
    const model = net();
    model.trainable = false;
    expect(model.trainableWeights).toHaveLength(0);
    expect((await roundTrip(model)).trainableWeights).toHaveLength(0);
  });

  it('keeps layers frozen one by one, and a trainable model trainable', async () => {
    const model = net();
    model.layers[0]!.trainable = false;
    const received = await roundTrip(model);
    expect(received.layers.map((layer) => layer.trainable)).toEqual([false, true]);
    expect(received.trainableWeights).toHaveLength(2);
    expect((await roundTrip(net())).trainableWeights).toHaveLength(4);
  });
});
