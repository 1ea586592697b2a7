// Mistake: the same architecture trained from random weights; nothing pretrained is reused.
async function fineTune(xTrain, yTrain) {
  seed(1);
  const model = tf.sequential({ layers: [
    tf.layers.dense({ inputShape: [64], units: 64, activation: 'relu', name: 'hidden' }),
    tf.layers.dense({ units: 32, activation: 'relu', name: 'features' }),
    tf.layers.dense({ units: 5, activation: 'softmax' }),
  ] });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
  await model.fit(xTrain, tf.oneHot(yTrain, 5), { epochs: 60, batchSize: 10, verbose: 0 });
  return model;
}
