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

// Overfitting judged by how far the loss falls from where it starts, on a different batch.
test('overfit one batch: the loss ends at under a tenth of where it started', () => {
  const batch = tf.randomNormal([12, 8], 0, 1, 'float32', 5);
  const labels = tf.tensor1d([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2], 'int32');
  const { losses } = train(batch, labels, { steps: 300, seed: 3 });
  expect.that(losses.length === 300, `train should return one loss per step: 300, not ${losses.length}`);
  expect.atMost(losses.at(-1), 0.1 * losses[0], 'The last loss on one batch (it should fall below a tenth of the first)');
});

// Determinism judged on the whole loss curve: with the same seed, every step's loss repeats.
test('seeded determinism: the same seed repeats every loss', () => {
  const [a, b] = [train(x, y, { steps: 10, seed: 11 }), train(x, y, { steps: 10, seed: 11 })];
  expect.allClose(b.losses, a.losses, { rtol: 0, atol: 0, what: 'The losses of a second run with seed 11' });
});
