// Wrong on purpose: the hidden layers have no activation, so the model is still linear
// (a product of linear maps is linear) and cannot bend around the spiral arms.
async function trainModel(xTrain, yTrain, numClasses) {
  seed(1);
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [2], units: 64 }),
      tf.layers.dense({ units: 64 }),
      tf.layers.dense({ units: numClasses, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.03), loss: 'categoricalCrossentropy' });
  const targets = tf.oneHot(yTrain, numClasses);
  await model.fit(xTrain, targets, { epochs: 30, batchSize: 64, verbose: 0 });
  targets.dispose();
  return model;
}
