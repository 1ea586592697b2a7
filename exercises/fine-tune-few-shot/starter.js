// A model [n, 64] → [n, 5] for the digits 5–9. The grader compiles and trains it (20 steps).
async function buildModel() {
  // From scratch: the same shape as digits-base, random weights. Start from the pretrained
  // model instead: await models.load('digits-base').
  return tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [64], units: 64, activation: 'relu' }),
      tf.layers.dense({ units: 32, activation: 'relu' }),
      tf.layers.dense({ units: 5, activation: 'softmax' }),
    ],
  });
}

// Try it the way the grader will.
const task = await data.load('digits', { classes: [5, 6, 7, 8, 9], trainPerClass: 20 });
const five = tf.scalar(5, 'int32');
seed(1);
const model = await buildModel();
model.compile({ optimizer: tf.train.adam(0.03), loss: 'categoricalCrossentropy' });
await model.fit(task.xTrain, tf.oneHot(task.yTrain.sub(five), 5), { epochs: 2, batchSize: 10, verbose: 0 });
const accuracy = tf.tidy(() => model.predict(task.xTest).argMax(1).equal(task.yTest.sub(five)).mean().dataSync()[0]);
console.log('held-out accuracy on 5–9:', accuracy);
