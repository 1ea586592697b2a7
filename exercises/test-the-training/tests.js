// The learner's code is tests of train(x, labels, { steps, seed }), a small classifier's training
// loop; it runs beside each implementation below (docs/grading-api.md, "Grading tests the learner writes").
learner.codeIsTests();

const correct = `function train(x, labels, { steps = 100, seed: s = 1 } = {}) {
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
}`;

/**
 * `correct` with one edit: `from` replaced by `to`. Throws when `from` is not in it, so a change to
 * `correct` cannot silently leave a bug unplanted (it would then be a second correct train()).
 */
function plant(from, to) {
  if (!correct.includes(from)) throw new Error(`tests.js: the planted bug's edit no longer applies: ${from}`);
  return correct.replace(from, to);
}

// Planted bugs, named by what they do wrong (the name is all the learner sees of them). None throws;
// each returns losses and weights of the right length.
const bugs = {
  'steps uphill: it climbs the loss instead of descending it': plant('tf.train.momentum(0.2, 0.9)', 'tf.train.momentum(-0.2, 0.9)'),
  'never updates the weights: it computes the loss but takes no step': plant(
    'optimizer.minimize(() => tf.losses.softmaxCrossEntropy(targets, model.apply(x)), true)',
    'tf.tidy(() => tf.losses.softmaxCrossEntropy(targets, model.apply(x)))',
  ),
  'ignores the seed: its starting weights differ from call to call': plant('  seed(s);\n', ''),
};

// Each call starts a fresh realm (it loads tfjs): these tests get room beyond the learner's own limits.
test('your tests pass on a correct train()', () => learner.ownTestsPass(correct), { timeout: 30_000 });
for (const [bug, source] of Object.entries(bugs)) {
  test(`your tests catch a train() that ${bug}`, () => learner.ownTestsCatch(bug, source), { timeout: 30_000 });
}
