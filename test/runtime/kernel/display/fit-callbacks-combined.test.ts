import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createLearnerDisplay } from '../../../../src/runtime/kernel/display/learner-display';
import type { DisplayMessage } from '../../../../src/runtime/display/protocol';

// The authoring guide tells authors to combine show.fitCallbacks with their own callback by
// wrapping theirs in tf.CustomCallback; this holds the guide to what tfjs really does.
describe('show.fitCallbacks beside a learner callback', () => {
  const before = tf.memory().numTensors;
  afterAll(() => expect(tf.memory().numTensors).toBe(before));

  it('drives the chart and the progress bar, and calls the learner callback each epoch', async () => {
    const messages: DisplayMessage[] = [];
    const display = createLearnerDisplay((message) => messages.push(message), tf);
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1 })] });
    model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
    const x = tf.ones([8, 2]);
    const y = tf.ones([8, 1]);
    const epochs: number[] = [];
    await model.fit(x, y, {
      epochs: 2,
      callbacks: [
        display.show.fitCallbacks({ metrics: ['loss'] }),
        new tf.CustomCallback({ onEpochEnd: async (epoch) => void epochs.push(epoch) }),
      ],
    });
    display.flush();
    tf.dispose([x, y]);
    model.dispose();
    expect(epochs).toEqual([0, 1]);
    const kinds = messages.map((message) => message.kind);
    expect(kinds).toContain('line-create');
    expect(kinds).toContain('progress-create');
    expect(kinds).toContain('progress-done');
  });
});
