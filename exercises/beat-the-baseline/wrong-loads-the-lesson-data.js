// Wrong on purpose: trains on the lesson's spirals, loaded again, training and test points
// together, instead of the points it is given: it scores well only on the set it peeked at.
async function trainModel(xTrain, yTrain, numClasses) {
  seed(1);
  const spirals = await data.load('spirals', { n: 600 });
  const x = tf.concat([spirals.xTrain, spirals.xTest]);
  const y = tf.concat([spirals.yTrain, spirals.yTest]);
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [2], units: 64, activation: 'relu' }),
      tf.layers.dense({ units: numClasses, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.03), loss: 'categoricalCrossentropy' });
  const targets = tf.oneHot(y, numClasses);
  await model.fit(x, targets, { epochs: 30, batchSize: 64, verbose: 0 });
  tf.dispose([targets, x, y]);
  return model;
}
