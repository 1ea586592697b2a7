// Right, written differently: the model trained by a hand-written loop of full-batch Adam steps
// (optimizer.minimize) instead of model.fit.
async function trainModel(xTrain, yTrain, numClasses) {
  seed(3);
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [2], units: 96, activation: 'relu' }),
      tf.layers.dense({ units: numClasses, activation: 'softmax' }),
    ],
  });
  const optimizer = tf.train.adam(0.05);
  const targets = tf.oneHot(yTrain, numClasses);
  for (let step = 0; step < 300; step++) {
    optimizer.minimize(() => tf.losses.softmaxCrossEntropy(targets, tf.log(model.apply(xTrain).clipByValue(1e-7, 1))));
  }
  targets.dispose();
  optimizer.dispose();
  return model;
}
