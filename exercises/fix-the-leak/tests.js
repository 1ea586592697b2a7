// Hidden tests for fix-the-leak. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

// 320 digits are enough (the batches wrap around). A test's tensors are freed after it: load per test.
const digits = async () => {
  const all = await data.load('digits');
  return { x: all.xTrain.slice([0, 0], [320, 64]), y: all.yTrain.slice([0], [320]) };
};

// The loop as the starter computes it, run here: the fixed train must compute the same losses.
function referenceLosses(x, y, steps) {
  const w = tf.variable(tf.zeros([64, 10]));
  const b = tf.variable(tf.zeros([10]));
  const optimizer = tf.train.sgd(0.5);
  const losses = [];
  for (let step = 0; step < steps; step++) {
    const start = (step * 32) % (x.shape[0] - 32);
    const xb = x.slice([start, 0], [32, 64]);
    const yb = tf.oneHot(y.slice([start], [32]), 10);
    losses.push(optimizer.minimize(() => tf.losses.softmaxCrossEntropy(yb, xb.matMul(w).add(b)), true).dataSync()[0]);
  }
  tf.dispose([w, b]);
  optimizer.dispose();
  return losses;
}

test('leaves no tensor behind: as many tensors after train as before', async () => {
  const { x, y } = await digits();
  await learner.noLeakedTensors('train', x, y, 40);
});

test('a longer run leaves none behind either (no leak per step)', async () => {
  const { x, y } = await digits();
  await learner.noLeakedTensors('train', x, y, 90);
});

test('computes the same losses as before the fix, and they fall', async () => {
  const { x, y } = await digits();
  const losses = await learner.call('train', x, y, 40);
  expect.that(Array.isArray(losses) && losses.length === 40, `train(x, y, 40) should return 40 losses, one per step, as numbers; it returned ${Array.isArray(losses) ? `${losses.length} values` : typeof losses}.`);
  expect.finite(losses, 'Your losses');
  expect.allClose(losses, referenceLosses(x, y, 40), { rtol: 1e-3, atol: 1e-4, what: 'Your losses' });
  expect.atMost(losses[39], 0.5 * losses[0], 'The loss at step 40 (it should fall to under half the loss at step 1)');
});
