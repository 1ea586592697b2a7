// An async accuracy that reads the number with await data(), and an explicit cast to int32.
function predictDigits(model, images) {
  return tf.tidy(() => tf.cast(tf.argMax(model.predict(images), -1), 'int32'));
}

async function accuracy(predicted, labels) {
  const share = tf.tidy(() => tf.mean(tf.cast(tf.equal(predicted, labels), 'float32')));
  const [value] = await share.data();
  share.dispose();
  return value;
}

// Try it on the digits with a freshly built (untrained) model: expect about 10 % accuracy.
const digits = await data.load('digits');
const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [64], units: 10, activation: 'softmax' })] });
const predicted = predictDigits(model, digits.xTest);
console.log('accuracy of an untrained model:', await accuracy(predicted, digits.yTest));
