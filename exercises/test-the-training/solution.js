// train(x, labels, { steps, seed }) is the function your tests check. In a Check the grader
// supplies it (a correct one, then each planted bug); for Run, this copy of the correct one stands in.
globalThis.train ??= function train(x, labels, { steps = 100, seed: s = 1 } = {}) {
  seed(s);
  const classes = Math.max(...labels.dataSync()) + 1;
  const model = tf.sequential({ layers: [
    tf.layers.dense({ inputShape: [x.shape[1]], units: 16, activation: 'relu' }),
    tf.layers.dense({ units: classes }),
  ] });
  const optimizer = tf.train.momentum(0.2, 0.9);
  const targets = tf.oneHot(labels, classes);
  const losses = [];
  for (let i = 0; i < steps; i++) {
    const loss = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(targets, model.apply(x)), true);
    losses.push(loss.dataSync()[0]);
    loss.dispose();
  }
  const weights = Array.from(model.getWeights()[0].dataSync());
  targets.dispose();
  model.dispose();
  optimizer.dispose();
  return { losses, weights };
};

// A batch to test on: 16 examples of 8 random features, 4 classes.
const x = tf.randomNormal([16, 8], 0, 1, 'float32', 1);
const y = tf.tensor1d([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3], 'int32');

// 1. Overfit one batch: 16 examples are easy to memorise, so a trainer that works drives the
//    loss near 0; one that never steps, or steps the wrong way, does not.
test('overfit one batch: the loss falls below 0.05 within 50 steps', () => {
  const { losses } = train(x, y, { steps: 50, seed: 1 });
  expect.atMost(losses.at(-1), 0.05, 'The loss after 50 steps on one batch of 16');
});

// 2. Seeded determinism: two runs with the same seed end with the same weights, bit for bit.
test('seeded determinism: the same seed gives the same weights', () => {
  const first = train(x, y, { steps: 5, seed: 7 });
  const again = train(x, y, { steps: 5, seed: 7 });
  expect.equal(again.weights, first.weights, 'The weights of a second run with seed 7');
});
