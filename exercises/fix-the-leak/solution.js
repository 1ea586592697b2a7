// Softmax regression trained by SGD on batches of 32 rows; returns every step's loss,
// leaving no tensor behind.
async function train(x, y, steps) {
  // Variables made inside tf.tidy survive it; the zeros they are made from do not.
  const w = tf.tidy(() => tf.variable(tf.zeros([64, 10])));
  const b = tf.tidy(() => tf.variable(tf.zeros([10])));
  const optimizer = tf.train.sgd(0.5);
  const losses = [];
  for (let step = 0; step < steps; step++) {
    // tf.tidy frees the batch, the labels and their one-hot form; only the loss comes out.
    const loss = tf.tidy(() => {
      const start = (step * 32) % (x.shape[0] - 32);
      const xb = x.slice([start, 0], [32, 64]);
      const yb = tf.oneHot(y.slice([start], [32]), 10);
      return optimizer.minimize(() => tf.losses.softmaxCrossEntropy(yb, xb.matMul(w).add(b)), true);
    });
    // The await is outside the tidy (a tidy cannot wait); free the loss once it is read.
    losses.push((await loss.data())[0]);
    loss.dispose();
  }
  // Nothing of the training outlives it: the variables and the optimizer's own tensor.
  tf.dispose([w, b]);
  optimizer.dispose();
  return losses;
}

// The leak report: both counts are equal.
const digits = await data.load('digits');
const before = tf.memory().numTensors;
const losses = await train(digits.xTrain, digits.yTrain, 50);
console.log(`loss ${losses[0].toFixed(3)} at step 1, ${losses.at(-1).toFixed(3)} at step 50`);
console.log(`tensors before train: ${before}, after: ${tf.memory().numTensors}`);
