// The labels are one-hot encoded once, up front (and freed at the end); each step slices both in a tidy.
async function train(x, y, steps) {
  const oneHot = tf.oneHot(y, 10);
  const [w, b] = tf.tidy(() => [tf.variable(tf.zeros([64, 10])), tf.variable(tf.zeros([10]))]);
  const optimizer = tf.train.sgd(0.5);
  const losses = [];
  for (let step = 0; step < steps; step++) {
    const start = (step * 32) % (x.shape[0] - 32);
    const loss = tf.tidy(() =>
      optimizer.minimize(() => {
        const logits = x.slice([start, 0], [32, 64]).matMul(w).add(b);
        return tf.losses.softmaxCrossEntropy(oneHot.slice([start, 0], [32, 10]), logits);
      }, true),
    );
    losses.push((await loss.data())[0]);
    tf.dispose(loss);
  }
  tf.dispose([oneHot, w, b]);
  optimizer.dispose();
  return losses;
}

// The leak report: both counts are equal.
const digits = await data.load('digits');
const before = tf.memory().numTensors;
const losses = await train(digits.xTrain, digits.yTrain, 50);
console.log(`loss ${losses[0].toFixed(3)} at step 1, ${losses.at(-1).toFixed(3)} at step 50`);
console.log(`tensors before train: ${before}, after: ${tf.memory().numTensors}`);
