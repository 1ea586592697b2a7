// Mistake: fine-tunes the whole pretrained model, old 0–9 head included, with 10-way targets.
async function fineTune(xTrain, yTrain) {
  seed(1);
  const model = await models.load('digits-base');
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy' });
  await model.fit(xTrain, tf.oneHot(yTrain, 10), { epochs: 30, batchSize: 10, verbose: 0 });
  return model;
}
