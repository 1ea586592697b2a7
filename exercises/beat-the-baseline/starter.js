// Train a classifier on 2-D points and return the trained tf.LayersModel.
async function trainModel(xTrain, yTrain, numClasses) {
  seed(1);
  // The baseline: logistic regression, a single softmax layer. Replace it with something better.
  const model = tf.sequential({
    layers: [tf.layers.dense({ inputShape: [2], units: numClasses, activation: 'softmax' })],
  });
  model.compile({ optimizer: tf.train.adam(0.05), loss: 'categoricalCrossentropy' });
  const targets = tf.oneHot(yTrain, numClasses);
  await model.fit(xTrain, targets, { epochs: 20, batchSize: 64, verbose: 0 });
  targets.dispose();
  return model;
}

const spirals = await data.load('spirals', { n: 600 });
const model = await trainModel(spirals.xTrain, spirals.yTrain, spirals.numClasses);
const accuracy = tf.tidy(() => model.predict(spirals.xTest).argMax(1).equal(spirals.yTest).mean().dataSync()[0]);
console.log('held-out accuracy:', accuracy);
