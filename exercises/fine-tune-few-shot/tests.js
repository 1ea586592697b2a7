// Hidden tests for fine-tune-few-shot. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).
// The learner builds the model; the grader trains it the same way for everyone, seeded, and scores it on held-out images.

let built;
const learnersModel = () => (built ??= learner.call('buildModel'));
const task = () => data.load('digits', { classes: [5, 6, 7, 8, 9], trainPerClass: 20 });

test('maps 64 pixels to 5 probabilities', async () => {
  const model = await learnersModel();
  const { xTest } = await task();
  const probs = model.predict(xTest.slice(0, 4));
  expect.shape(probs, [4, 5], 'Your model’s output for 4 images');
  expect.rowsSumTo(probs, 1, { atol: 1e-4, what: 'your model’s output (end with a 5-way softmax)' });
});

test('after 20 training steps on 100 images, held-out accuracy on the digits 5–9 is ≥ 0.95', async () => {
  const model = await learnersModel();
  const { xTrain, yTrain, xTest, yTest } = await task();
  const five = tf.scalar(5, 'int32');
  await ml.train(model, xTrain, yTrain.sub(five), { epochs: 2, batchSize: 10, learningRate: 0.03, seed: 1 });
  expect.atLeast(ml.accuracy(model, xTest, yTest.sub(five)), 0.95, 'Accuracy on the held-out digits 5–9 after the fixed training run');
});
