// Hidden tests for lr-limit. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

/** X whose Hessian XᵀX/n has the given eigenvalues (a random rotation of a diagonal). */
function designWithEigenvalues(eigenvalues, seed) {
  const d = eigenvalues.length;
  const n = d;
  const q = tf.linalg.qr(tf.randomNormal([d, d], 0, 1, 'float32', seed))[0];   // orthogonal
  // X = sqrt(n) · diag(sqrt(λ)) · Qᵀ gives XᵀX / n = Q diag(λ) Qᵀ.
  return tf.diag(tf.tensor1d(eigenvalues).sqrt().mul(Math.sqrt(n))).matMul(q.transpose());
}

/** Final loss of gradient descent on |Xw − y|²/2n at learning rate eta. */
function descend(X, y, eta, steps = 150) {
  return tf.tidy(() => {
    const n = X.shape[0];
    let w = tf.zeros([X.shape[1], 1]);
    for (let t = 0; t < steps; t++) w = w.sub(X.transpose().matMul(X.matMul(w).sub(y)).div(n).mul(eta));
    return X.matMul(w).sub(y).square().sum().div(2 * n).dataSync()[0];
  });
}

test('exact on a matrix with known eigenvalues (L = 4)', async () => {
  const X = designWithEigenvalues([4, 1, 0.5, 0.1], 3);
  expect.allClose(await learner.call('largestStableLearningRate', X), 0.5, { rtol: 1e-3, what: 'Your largest stable learning rate (2 / 4)' });
});

test('exact when the top two eigenvalues are close (L = 10, next 9.8)', async () => {
  const X = designWithEigenvalues([10, 9.8, 2, 1, 0.3], 6);
  expect.allClose(await learner.call('largestStableLearningRate', X), 0.2, { rtol: 1e-3, what: 'Your largest stable learning rate (2 / 10)' });
});

test('one feature (d = 1): L is the mean of the squared values', async () => {
  const X = tf.tensor2d([[1], [2], [3], [4]]);                  // XᵀX / n = 30 / 4 = 7.5
  expect.allClose(await learner.call('largestStableLearningRate', X), 2 / 7.5, { rtol: 1e-3, what: 'Your largest stable learning rate for X = [1, 2, 3, 4]ᵀ' });
});

test('many more rows than columns: the Hessian divides by n', async () => {
  const X = tf.randomNormal([400, 3], 0, 1, 'float32', 11).mul(tf.tensor1d([3, 1, 0.5]));
  const H = X.transpose().matMul(X).div(400);
  // The reference L: many rounds of power iteration, here in the grader.
  let v = tf.ones([3, 1]);
  for (let i = 0; i < 500; i++) v = H.matMul(v).div(H.matMul(v).norm());
  const L = H.matMul(v).norm().dataSync()[0];
  expect.allClose(await learner.call('largestStableLearningRate', X), 2 / L, { rtol: 1e-3, what: `Your largest stable learning rate (2 / ${L.toFixed(4)})` });
});

test('on the digits: gradient descent converges just below your rate and diverges just above it', async () => {
  const digits = await data.load('digits');
  const X = digits.xTrain;
  const y = digits.yTrain.toFloat().expandDims(1);
  const eta = await learner.call('largestStableLearningRate', X);
  expect.that(typeof eta === 'number' && eta > 0, 'largestStableLearningRate should return a positive plain number.');
  const below = descend(X, y, 0.95 * eta);
  const above = descend(X, y, 1.05 * eta);
  expect.that(Number.isFinite(below) && below < 5, `At 0.95 × your rate the loss ends at ${below}: your rate is too high.`);
  expect.that(!(above < 1e3), `At 1.05 × your rate the loss ends at ${above}, so it did not diverge: your rate is too low (it should be 2 / L exactly).`);
});

test('leaves no tensors behind', async () => {
  await learner.noLeakedTensors('largestStableLearningRate', designWithEigenvalues([2, 1], 5));
});
