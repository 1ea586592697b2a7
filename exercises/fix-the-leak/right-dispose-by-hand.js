// Every tensor freed by hand, no tf.tidy.
async function train(x, y, steps) {
  const zerosW = tf.zeros([64, 10]);
  const zerosB = tf.zeros([10]);
  const w = tf.variable(zerosW);
  const b = tf.variable(zerosB);
  zerosW.dispose();
  zerosB.dispose();
  const optimizer = tf.train.sgd(0.5);
  const losses = [];
  for (let step = 0; step < steps; step++) {
    const start = (step * 32) % (x.shape[0] - 32);
    const xb = x.slice([start, 0], [32, 64]);
    const labels = y.slice([start], [32]);
    const yb = tf.oneHot(labels, 10);
    const loss = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(yb, xb.matMul(w).add(b)), true);
    const [value] = await loss.data();
    losses.push(value);
    xb.dispose();
    labels.dispose();
    yb.dispose();
    loss.dispose();
  }
  w.dispose();
  b.dispose();
  optimizer.dispose();
  return losses;
}

// The leak report: both counts are equal.
const digits = await data.load('digits');
const before = tf.memory().numTensors;
const losses = await train(digits.xTrain, digits.yTrain, 50);
console.log(`loss ${losses[0].toFixed(3)} at step 1, ${losses.at(-1).toFixed(3)} at step 50`);
console.log(`tensors before train: ${before}, after: ${tf.memory().numTensors}`);
