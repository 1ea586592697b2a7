// The most probable digit for each image, as an int32 tensor [n].
function predictDigits(model, images) {
  // TODO: ask the model for probabilities [n, 10], then pick the best column of each row.
  return tf.zeros([images.shape[0]], 'int32');
}

// The fraction of positions where predicted and labels agree, as a plain number.
function accuracy(predicted, labels) {
  // TODO
  return 0;
}

// Try it on the digits with a freshly built (untrained) model: expect about 10 % accuracy.
const digits = await data.load('digits');
const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [64], units: 10, activation: 'softmax' })] });
const predicted = predictDigits(model, digits.xTest);
console.log('accuracy of an untrained model:', accuracy(predicted, digits.yTest));
