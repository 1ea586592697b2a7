// Hidden tests for predict-digits. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

/** A small model trained here once per Check, seeded, so its answers are known. */
let trained;
async function trainedModel(digits) {
  trained ??= ml.withSeed(3, async () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [64], units: 10, activation: 'softmax' })] });
    await ml.train(model, digits.xTrain, digits.yTrain, { epochs: 3, batchSize: 64, learningRate: 0.05, seed: 3 });
    return model;
  });
  return trained;
}

test('predicts what the model says, as int32 of shape [n]', async () => {
  const digits = await data.load('digits');
  const model = await trainedModel(digits);
  const images = digits.xTest.slice(0, 50);
  const got = await learner.call('predictDigits', model, images);
  expect.shape(got, [50], 'Your tensor of predictions');
  expect.dtype(got, 'int32', 'Your tensor of predictions');
  expect.equal(Array.from(got.dataSync()), Array.from(model.predict(images).argMax(-1).dataSync()), 'Your predictions');
});

test('accuracy is the fraction of matches', async () => {
  const predicted = tf.tensor1d([1, 2, 3, 4, 5, 6, 7, 8], 'int32');
  const labels = tf.tensor1d([1, 2, 3, 0, 5, 0, 7, 0], 'int32');
  const got = await learner.call('accuracy', predicted, labels);
  expect.that(typeof got === 'number', 'accuracy should return a plain number (read a scalar tensor with .dataSync()[0]).');
  expect.allClose(got, 0.625, { what: 'Your accuracy of 5 matches out of 8' });
});

test('a trained model scores well above chance with your two functions', async () => {
  const digits = await data.load('digits');
  const model = await trainedModel(digits);
  const predicted = await learner.call('predictDigits', model, digits.xTest);
  const score = await learner.call('accuracy', predicted, digits.yTest);
  expect.allClose(score, ml.accuracy(model, digits.xTest, digits.yTest), { atol: 1e-6, what: 'Your accuracy on the test digits' });
  expect.atLeast(score, 0.8, 'Your accuracy of a trained model on the test digits');
});

test('leaves no tensors behind', async () => {
  const digits = await data.load('digits');
  const model = await trainedModel(digits);
  await learner.noLeakedTensors('predictDigits', model, digits.xTest.slice(0, 10));
  await learner.noLeakedTensors('accuracy', tf.tensor1d([1, 2], 'int32'), tf.tensor1d([1, 0], 'int32'));
});

test('edges: a single image gives shape [1]; accuracy is 1 when all agree and 0 when none do', async () => {
  const digits = await data.load('digits');
  const model = await trainedModel(digits);
  const one = digits.xTest.slice(0, 1);
  const got = await learner.call('predictDigits', model, one);
  expect.shape(got, [1], 'Your prediction for a batch of one image');
  expect.equal(Array.from(got.dataSync()), Array.from(model.predict(one).argMax(-1).dataSync()), 'Your prediction for one image');
  const labels = tf.tensor1d([4, 0, 9], 'int32');
  expect.allClose(await learner.call('accuracy', labels, labels), 1, { atol: 0, rtol: 0, what: 'Your accuracy when every prediction is right' });
  expect.allClose(await learner.call('accuracy', tf.tensor1d([1, 1, 1], 'int32'), labels), 0, {
    atol: 0,
    rtol: 0,
    what: 'Your accuracy when every prediction is wrong',
  });
});
