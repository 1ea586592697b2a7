// Wrong on purpose: a sigmoid output layer gives each class its own probability in [0, 1], but
// they do not sum to 1 across the classes, as a softmax's do.
async function trainModel(xTrain, yTrain, numClasses) {
  seed(1);
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [2], units: 64, activation: 'relu' }),
      tf.layers.dense({ units: numClasses, activation: 'sigmoid' }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.03), loss: 'binaryCrossentropy' });
  const targets = tf.oneHot(yTrain, numClasses);
  await model.fit(xTrain, targets, { epochs: 30, batchSize: 64, verbose: 0 });
  targets.dispose();
  return model;
}
