// Mistake: accuracy returned as a scalar tensor, not read back as a plain number.
function predictDigits(model, images) {
  return tf.tidy(() => model.predict(images).argMax(-1).toInt());
}

function accuracy(predicted, labels) {
  return tf.tidy(() => predicted.equal(labels).toFloat().mean());
}

// Try it on the digits with a freshly built (untrained) model: expect about 10 % accuracy.
const digits = await data.load('digits');
const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [64], units: 10, activation: 'softmax' })] });
const predicted = predictDigits(model, digits.xTest);
console.log('accuracy of an untrained model:', accuracy(predicted, digits.yTest));
