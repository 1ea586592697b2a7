// Hidden tests for standardize-features. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

const trainSet = () => tf.randomNormal([50, 3], 0, 1, 'float32', 41).mul(tf.tensor1d([1000, 0.01, 5])).add(tf.tensor1d([300, -2, 0]));
const testSet = () => tf.randomNormal([20, 3], 0, 1, 'float32', 42).mul(tf.tensor1d([800, 0.02, 5])).add(tf.tensor1d([500, -2, 1]));

function reference(train, test) {
  const { mean, variance } = tf.moments(train, 0);
  const std = variance.sqrt();
  return [train.sub(mean).div(std), test.sub(mean).div(std)];
}

test('training columns end with mean 0 and standard deviation 1', async () => {
  const [train] = await learner.call('standardize', trainSet(), testSet());
  const { mean, variance } = tf.moments(train, 0);
  expect.allClose(mean, [0, 0, 0], { atol: 1e-4, what: 'The mean of each scaled training column' });
  expect.allClose(variance, [1, 1, 1], { atol: 1e-3, what: 'The variance of each scaled training column' });
});

test('the test set is scaled with the training statistics', async () => {
  const [xTrain, xTest] = [trainSet(), testSet()];
  const [, test] = await learner.call('standardize', xTrain, xTest);
  expect.allClose(test, reference(xTrain, xTest)[1], { rtol: 1e-4, atol: 1e-4, what: 'Your scaled test set (it must use the training mean and std)' });
});

test('a constant training column stays finite', async () => {
  const xTrain = tf.tensor2d([[1, 7], [2, 7], [3, 7]]);
  const xTest = tf.tensor2d([[2, 8]]);
  const [train, test] = await learner.call('standardize', xTrain, xTest);
  expect.finite(train, 'Your scaled training set with a constant column');
  expect.allClose(test, [[0, 1]], { atol: 1e-5, what: 'Your scaled test row (the constant column is only shifted)' });
});

test('leaves no tensors behind', async () => {
  await learner.noLeakedTensors('standardize', trainSet(), testSet());
});
