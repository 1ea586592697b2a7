// Right, another way: a fresh sequential net whose first two layers get the pretrained weights,
// trained head first and then all together with small steps, in one loop over the phases.
async function fineTune(xTrain, yTrain) {
  const base = await models.load('digits-base');
  const model = tf.sequential({ layers: [
    tf.layers.dense({ inputShape: [64], units: 64, activation: 'relu', name: 'hidden' }),
    tf.layers.dense({ units: 32, activation: 'relu', name: 'features' }),
    tf.layers.dense({ units: 5, activation: 'softmax', kernelInitializer: 'zeros' }),
  ] });
  for (const name of ['hidden', 'features']) model.getLayer(name).setWeights(base.getLayer(name).getWeights());
  const targets = tf.oneHot(yTrain, 5);
  for (const [epochs, learningRate, pretrainedTrains] of [[20, 0.03, false], [10, 0.0005, true]]) {
    model.getLayer('hidden').trainable = pretrainedTrains;
    model.getLayer('features').trainable = pretrainedTrains;
    model.compile({ optimizer: tf.train.adam(learningRate), loss: 'categoricalCrossentropy' });
    await model.fit(xTrain, targets, { epochs, batchSize: 5, verbose: 0 });
  }
  return model;
}
