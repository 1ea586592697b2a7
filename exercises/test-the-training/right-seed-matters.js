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

function finalLoss(steps) {
  return train(x, y, { steps, seed: 2 }).losses.at(-1);
}

test('learns: more steps, lower loss, and near 0 after 250', () => {
  const [short, long] = [finalLoss(20), finalLoss(250)];
  expect.that(long < short, `250 steps should end lower than 20 steps; they ended at ${long} and ${short}.`);
  expect.atMost(long, 0.05, 'The loss after 250 steps on one batch');
});

test('seeded: the same seed repeats the weights, another seed changes them', () => {
  const [a, b, other] = [train(x, y, { steps: 3, seed: 4 }), train(x, y, { steps: 3, seed: 4 }), train(x, y, { steps: 3, seed: 5 })];
  expect.equal(b.weights, a.weights, 'The weights of two runs with seed 4');
  expect.that(other.weights.some((v, i) => v !== a.weights[i]), 'Seeds 4 and 5 gave the same weights: the seed has no effect.');
});
