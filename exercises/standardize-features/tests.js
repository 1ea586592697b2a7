// Hidden tests for standardize-features. Globals: test, expect, learner, tf, data, models, ml, source (see docs/grading-api.md).

const trainSet = () => tf.randomNormal([50, 3], 0, 1, 'float32', 41).mul(tf.tensor1d([1000, 0.01, 5])).add(tf.tensor1d([300, -2, 0]));
const testSet = () => tf.randomNormal([20, 3], 0, 1, 'float32', 42).mul(tf.tensor1d([800, 0.02, 5])).add(tf.tensor1d([500, -2, 1]));

function reference(train, test) {
  const { mean, variance } = tf.moments(train, 0);
  const std = variance.sqrt();
  return [train.sub(mean).div(std), test.sub(mean).div(std)];
}

test('training columns end with mean 0 and standard deviation 1 (dividing by n)', async () => {
  const [train] = await learner.call('standardize', trainSet(), testSet());
  const { mean, variance } = tf.moments(train, 0);
  expect.allClose(mean, [0, 0, 0], { atol: 1e-4, what: 'The mean of each scaled training column' });
  expect.allClose(variance, [1, 1, 1], { atol: 1e-3, what: 'The variance of each scaled training column (population form: divide by n, not n − 1)' });
});

test('the test set is scaled with the training statistics', async () => {
  const [xTrain, xTest] = [trainSet(), testSet()];
  const [, test] = await learner.call('standardize', xTrain, xTest);
  expect.shape(test, [20, 3], 'Your scaled test set');
  expect.allClose(test, reference(xTrain, xTest)[1], { rtol: 1e-4, atol: 1e-4, what: 'Your scaled test set (it must use the training mean and std)' });
});

test('a constant training column stays finite and is only shifted', async () => {
  const xTrain = tf.tensor2d([[1, 7], [2, 7], [3, 7]]);
  const xTest = tf.tensor2d([[2, 8]]);
  const [train, test] = await learner.call('standardize', xTrain, xTest);
  expect.finite(train, 'Your scaled training set with a constant column');
  expect.allClose(train, [[-1.2247449, 0], [0, 0], [1.2247449, 0]], { atol: 1e-5, what: 'Your scaled training set with a constant column' });
  expect.allClose(test, [[0, 1]], { atol: 1e-5, what: 'Your scaled test row (the constant column is only shifted)' });
});

test('a column that varies only a little is still scaled to standard deviation 1', async () => {
  // Column 0 varies by about 0.001 around 5: small, but not constant.
  const xTrain = tf.tensor2d([[5.000, 1], [5.001, 2], [5.002, 3], [5.003, 4]]);
  const xTest = tf.tensor2d([[5.0015, 2.5]]);
  const [train, test] = await learner.call('standardize', xTrain, xTest);
  const { variance } = tf.moments(train, 0);
  expect.allClose(variance, [1, 1], { atol: 2e-2, what: 'The variance of each scaled training column (a column varying by 0.001 is not constant)' });
  expect.allClose(test, [[0, 0]], { atol: 2e-2, what: 'Your scaled test row' });
});

test('a single training row: every column constant, the test set only shifted', async () => {
  const [train, test] = await learner.call('standardize', tf.tensor2d([[3, -1, 0]]), tf.tensor2d([[4, -1, 2], [3, 1, 0]]));
  expect.allClose(train, [[0, 0, 0]], { atol: 1e-6, what: 'Your scaled training row' });
  expect.allClose(test, [[1, 0, 2], [0, 2, 0]], { atol: 1e-6, what: 'Your scaled test rows (shifted by the one training row)' });
});

test('works on whole tensors: no loops in standardize', () => {
  source.forbidsLoopsIn('standardize', 'tf.moments(xTrain, 0) gives every column’s mean and variance at once, and broadcasting applies them to every row.');
});

test('leaves no tensors behind', async () => {
  await learner.noLeakedTensors('standardize', trainSet(), testSet());
});
