// Mistake: every layer trains from the first step, under a random head (the starter, as a learner might submit it).
async function fineTune(xTrain, yTrain) {
  seed(1);
  const base = await models.load('digits-base');
  const input = tf.input({ shape: [64] });
  let h = input;
  for (const name of ['hidden', 'features']) {
    const layer = base.getLayer(name);
    h = layer.apply(h);
  }
  const head = tf.layers.dense({ units: 5, activation: 'softmax' }).apply(h);   // a random new head
  const model = tf.model({ inputs: input, outputs: head });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
  await model.fit(xTrain, tf.oneHot(yTrain, 5), { epochs: 30, batchSize: 10, verbose: 0 });
  return model;
}

