// Train a classifier on 2-D points and return the trained tf.LayersModel.
async function trainModel(xTrain, yTrain, numClasses) {
  seed(1);
  // A hidden relu layer bends the decision boundary around the spiral arms.
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [2], units: 64, activation: 'relu' }),
      tf.layers.dense({ units: numClasses, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.03), loss: 'categoricalCrossentropy' });
  const targets = tf.oneHot(yTrain, numClasses);
  // 30 epochs of 8 batches: 240 steps, under a second on the cpu backend.
  await model.fit(xTrain, targets, { epochs: 30, batchSize: 64, verbose: 0 });
  targets.dispose();
  return model;
}

const spirals = await data.load('spirals', { n: 600 });
const model = await trainModel(spirals.xTrain, spirals.yTrain, spirals.numClasses);
const accuracy = tf.tidy(() => model.predict(spirals.xTest).argMax(1).equal(spirals.yTest).mean().dataSync()[0]);
console.log('held-out accuracy:', accuracy);
