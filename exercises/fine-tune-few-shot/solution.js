// Fine-tune digits-base on 25 images of the digits 5–9 (labels 0–4); return the trained model.
async function fineTune(xTrain, yTrain) {
  seed(1);
  const base = await models.load('digits-base');
  const input = tf.input({ shape: [64] });
  let h = input;
  // Reuse the pretrained 'hidden' and 'features' layers; frozen while the new head learns.
  const reused = ['hidden', 'features'].map((name) => base.getLayer(name));
  for (const layer of reused) { layer.trainable = false; h = layer.apply(h); }
  // A fresh head for the five new classes, starting from equal probabilities.
  const head = tf.layers.dense({ units: 5, activation: 'softmax', kernelInitializer: 'zeros' }).apply(h);
  const model = tf.model({ inputs: input, outputs: head });
  const targets = tf.oneHot(yTrain, 5);
  // 1. The head first, on frozen features: a convex problem, so a large step is safe.
  model.compile({ optimizer: tf.train.adam(0.05), loss: 'categoricalCrossentropy' });
  await model.fit(xTrain, targets, { epochs: 15, batchSize: 10, verbose: 0 });
  // 2. Then every layer, gently: a small learning rate adjusts the features instead of overwriting them.
  for (const layer of reused) layer.trainable = true;
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy' });   // compile again after a trainable change
  await model.fit(xTrain, targets, { epochs: 15, batchSize: 10, verbose: 0 });
  return model;
}

// Try it the way the grader will.
const task = await data.load('digits', { classes: [5, 6, 7, 8, 9], trainPerClass: 5 });
const five = tf.scalar(5, 'int32');
const model = await fineTune(task.xTrain, task.yTrain.sub(five));
const accuracy = tf.tidy(() => model.predict(task.xTest).argMax(1).equal(task.yTest.sub(five)).mean().dataSync()[0]);
console.log('held-out accuracy on 5–9:', accuracy);
