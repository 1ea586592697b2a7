// Mistake: head first, but then every layer with the head's large learning rate, which overwrites the features.
async function fineTune(xTrain, yTrain) {
  seed(1);
  const base = await models.load('digits-base');
  const input = tf.input({ shape: [64] });
  let h = input;
  const reused = ['hidden', 'features'].map((name) => base.getLayer(name));
  for (const layer of reused) {
    layer.trainable = false;
    h = layer.apply(h);
  }
  const head = tf.layers.dense({ units: 5, activation: 'softmax', kernelInitializer: 'zeros' }).apply(h);
  const model = tf.model({ inputs: input, outputs: head });
  const targets = tf.oneHot(yTrain, 5);
  model.compile({ optimizer: tf.train.adam(0.05), loss: 'categoricalCrossentropy' });
  await model.fit(xTrain, targets, { epochs: 15, batchSize: 10, verbose: 0 });
  for (const layer of reused) layer.trainable = true;
  model.compile({ optimizer: tf.train.adam(0.05), loss: 'categoricalCrossentropy' });
  await model.fit(xTrain, targets, { epochs: 15, batchSize: 10, verbose: 0 });
  return model;
}
