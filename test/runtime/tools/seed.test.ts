import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ToolError } from '../../../src/runtime/tools/errors.ts';
import { createSeeder } from '../../../src/runtime/tools/seed.ts';

const seeder = createSeeder();

/** Initial kernel of a freshly built dense layer. */
function initialKernel(): number[] {
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 3 })] });
  const values = Array.from(model.getWeights()[0]!.dataSync());
  model.dispose();
  return values;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => seeder.restore());

describe('seed', () => {
  it('makes two runs with seed(1) build identical initial weights of a tf.layers.dense', () => {
    const before = tf.memory().numTensors;
    seeder.seed(1);
    const first = initialKernel();
    seeder.seed(1);
    const second = initialKernel();
    expect(second).toEqual(first);
    expect(first.some((value) => value !== 0)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gives different weights for a different seed', () => {
    seeder.seed(1);
    const one = initialKernel();
    seeder.seed(2);
    expect(initialKernel()).not.toEqual(one);
  });

  it('makes model.fit (shuffle and all) repeat exactly', async () => {
    const run = async () => {
      seeder.seed(3);
      const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1 })] });
      model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
      const x = tf.randomNormal([32, 2]);
      const y = tf.randomNormal([32, 1]);
      const history = await model.fit(x, y, { epochs: 3, batchSize: 4, shuffle: true, verbose: 0 });
      tf.dispose([x, y]);
      model.dispose();
      return history.history['loss'];
    };
    const before = tf.memory().numTensors;
    expect(await run()).toEqual(await run());
    expect(tf.memory().numTensors).toBe(before);
  });

  it('restore puts the original Math.random back', () => {
    const original = Math.random;
    seeder.seed(4);
    expect(Math.random).not.toBe(original);
    seeder.restore();
    expect(Math.random).toBe(original);
  });

  it('rejects a seed that is not a finite number', () => {
    expect(() => seeder.seed(Number.NaN)).toThrow(ToolError);
    expect(() => seeder.seed('1' as unknown as number)).toThrow('seed(n) needs a finite number such as seed(1), got "1".');
  });

  it('only touches the target it was given', () => {
    const target = { random: () => 0.5 };
    const local = createSeeder(target);
    const global = Math.random;
    local.seed(1);
    expect(target.random()).not.toBe(0.5);
    expect(Math.random).toBe(global);
  });
});
