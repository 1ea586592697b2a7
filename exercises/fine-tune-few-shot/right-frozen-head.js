// Right, another way: keep the pretrained layers frozen and train only a new head (a convex problem).
async function fineTune(xTrain, yTrain) {
  seed(2);
  const base = await models.load('digits-base');
  base.layers.forEach((layer) => { layer.trainable = false; });
  const probabilities = tf.layers.dense({ units: 5, activation: 'softmax', kernelInitializer: 'zeros' })
    .apply(base.getLayer('features').output);
  const model = tf.model({ inputs: base.inputs, outputs: probabilities });
  model.compile({ optimizer: tf.train.adam(0.05), loss: 'categoricalCrossentropy' });
  await model.fit(xTrain, tf.oneHot(yTrain, 5), { epochs: 40, batchSize: 25, verbose: 0 });
  return model;
}
