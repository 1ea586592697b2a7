// Hidden tests for beat-the-baseline. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

let trained;
/** Trains the learner's model once per Check on the training points only. */
async function learnersModel(spirals) {
  trained ??= learner.call('trainModel', spirals.xTrain, spirals.yTrain, spirals.numClasses);
  return trained;
}
const load = () => data.load('spirals', { n: 600 });

test('returns a model that outputs one probability per class', async () => {
  const spirals = await load();
  const model = await learnersModel(spirals);
  const probs = model.predict(spirals.xTest.slice(0, 10));
  expect.shape(probs, [10, spirals.numClasses], 'Your model’s output for 10 points');
  expect.rowsSumTo(probs, 1, { atol: 1e-4, what: 'your model’s output (end with a softmax layer)' });
}, { timeout: 60_000 });

test('beats the baseline on held-out spirals: accuracy ≥ 0.85', async () => {
  const spirals = await load();
  const model = await learnersModel(spirals);
  expect.atLeast(ml.accuracy(model, spirals.xTest, spirals.yTest), 0.85, 'Your model’s accuracy on held-out spirals');
}, { timeout: 60_000 });
