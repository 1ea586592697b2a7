// Hidden tests for beat-the-baseline. Globals: test, expect, learner, tf, data, models, ml, source (see docs/grading-api.md).

// The learner's model is trained once per Check for each data set, on its training points only.
const trained = new Map();
function learnersModel(name, set) {
  if (!trained.has(name)) trained.set(name, learner.call('trainModel', set.xTrain, set.yTrain, set.numClasses));
  return trained.get(name);
}
const threeArms = () => data.load('spirals', { n: 600 });
const fourArms = () => data.load('spirals', { n: 600, classes: 4, seed: 8 });

test('returns a model that outputs one probability per class', async () => {
  const spirals = await threeArms();
  const model = await learnersModel('three arms', spirals);
  const probs = model.predict(spirals.xTest.slice(0, 10));
  expect.shape(probs, [10, spirals.numClasses], 'Your model’s output for 10 points');
  expect.rowsSumTo(probs, 1, { atol: 1e-4, what: 'your model’s output (end with a softmax layer)' });
}, { timeout: 60_000 });

test('beats the baseline on held-out spirals: accuracy ≥ 0.85', async () => {
  const spirals = await threeArms();
  const model = await learnersModel('three arms', spirals);
  expect.atLeast(ml.accuracy(model, spirals.xTest, spirals.yTest), 0.85, 'Your model’s accuracy on held-out spirals');
}, { timeout: 60_000 });

test('learns from the points it is given: four arms, numClasses = 4, accuracy ≥ 0.7', async () => {
  const spirals = await fourArms();
  const model = await learnersModel('four arms', spirals);
  const probs = model.predict(spirals.xTest.slice(0, 5));
  expect.shape(probs, [5, 4], 'Your model’s output on four-arm spirals (numClasses = 4: one probability per arm)');
  expect.atLeast(ml.accuracy(model, spirals.xTest, spirals.yTest), 0.7, 'Your model’s accuracy on held-out four-arm spirals');
}, { timeout: 60_000 });
