// Softmax regression trained by SGD on batches of 32 rows; returns every step's loss.
// It works, and it leaks: fix it so that it leaves no tensor behind.
async function train(x, y, steps) {
  const w = tf.variable(tf.zeros([64, 10]));
  const b = tf.variable(tf.zeros([10]));
  const optimizer = tf.train.sgd(0.5);
  const losses = [];
  for (let step = 0; step < steps; step++) {
    const start = (step * 32) % (x.shape[0] - 32);
    const xb = x.slice([start, 0], [32, 64]);
    const yb = tf.oneHot(y.slice([start], [32]), 10);
    const loss = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(yb, xb.matMul(w).add(b)), true);
    losses.push((await loss.data())[0]);
  }
  return losses;
}

// The leak report: run it, fix train, run it again. Fixed, both counts are equal.
const digits = await data.load('digits');
const before = tf.memory().numTensors;
const losses = await train(digits.xTrain, digits.yTrain, 50);
console.log(`loss ${losses[0].toFixed(3)} at step 1, ${losses.at(-1).toFixed(3)} at step 50`);
console.log(`tensors before train: ${before}, after: ${tf.memory().numTensors}`);
