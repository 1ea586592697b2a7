// Predictions freed by hand instead of tf.tidy; accuracy counted over plain arrays.
function predictDigits(model, images) {
  const probs = model.predict(images);
  const best = tf.argMax(probs, 1);
  probs.dispose();
  return best; // argMax already returns int32
}

function accuracy(predicted, labels) {
  const p = predicted.arraySync();
  const y = labels.arraySync();
  let matches = 0;
  for (let i = 0; i < p.length; i++) if (p[i] === y[i]) matches += 1;
  return matches / p.length;
}

// Try it on the digits with a freshly built (untrained) model: expect about 10 % accuracy.
const digits = await data.load('digits');
const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [64], units: 10, activation: 'softmax' })] });
const predicted = predictDigits(model, digits.xTest);
console.log('accuracy of an untrained model:', accuracy(predicted, digits.yTest));
