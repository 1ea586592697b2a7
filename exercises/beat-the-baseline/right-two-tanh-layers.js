// Right, written differently: two hidden tanh layers, RMSprop, the targets built once.
async function trainModel(xTrain, yTrain, numClasses) {
  seed(2);
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [2], units: 32, activation: 'tanh' }));
  model.add(tf.layers.dense({ units: 32, activation: 'tanh' }));
  model.add(tf.layers.dense({ units: numClasses, activation: 'softmax' }));
  model.compile({ optimizer: tf.train.rmsprop(0.01), loss: 'categoricalCrossentropy' });
  const targets = tf.oneHot(tf.cast(yTrain, 'int32'), numClasses);
  await model.fit(xTrain, targets, { epochs: 40, batchSize: 32, shuffle: true, verbose: 0 });
  targets.dispose();
  return model;
}
