// Hidden tests for mixup-pairs. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

/** The expected blend, computed row by row. */
function reference(t, lambda, partner) {
  const rows = t.arraySync();
  const l = lambda.arraySync();
  const p = partner.arraySync();
  const blend = (a, b, w) => (Array.isArray(a) ? a.map((v, i) => blend(v, b[i], w)) : w * a + (1 - w) * b);
  return rows.map((row, i) => blend(row, rows[p[i]], l[i]));
}

async function mixed(shape) {
  const n = shape[0];
  const x = tf.randomUniform(shape, 0, 1, 'float32', 21);
  const y = tf.oneHot(tf.tensor1d(Array.from({ length: n }, (_, i) => (i * 7) % 10), 'int32'), 10).toFloat();
  const lambda = tf.randomUniform([n], 0, 1, 'float32', 22);
  const partner = tf.tensor1d(Array.from({ length: n }, (_, i) => (i * 5 + 3) % n), 'int32');
  const result = await learner.call('mixPairs', x, y, lambda, partner);
  expect.that(Array.isArray(result) && result.length === 2, 'mixPairs should return an array [xMixed, yMixed].');
  return { x, y, lambda, partner, xMixed: result[0], yMixed: result[1] };
}

// sampleLambda: Beta(alpha, alpha) has mean 1/2 and variance 1 / (4 (2 alpha + 1)). With 20,000
// draws the sample variance is within about 0.001 of it; uniform draws (alpha = 1) have 1/12.
const DRAWS = 20000;
async function draws(alpha) {
  const lambda = await learner.call('sampleLambda', DRAWS, alpha);
  expect.shape(lambda, [DRAWS], `sampleLambda(${DRAWS}, ${alpha})`);
  expect.dtype(lambda, 'float32', `sampleLambda(${DRAWS}, ${alpha})`);
  expect.finite(lambda, `sampleLambda(${DRAWS}, ${alpha})`);
  const values = Array.from(lambda.dataSync());
  const mean = values.reduce((a, v) => a + v, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
  return { values, mean, variance };
}
function expectBeta({ values, mean, variance }, alpha) {
  const outside = values.filter((v) => v < 0 || v > 1).length;
  expect.that(outside === 0, `${outside} of your ${DRAWS} draws for alpha = ${alpha} lie outside [0, 1]; a weight λ must be in [0, 1]. Is it G₁ / (G₁ + G₂)?`);
  expect.that(variance > 1e-6, `All your ${DRAWS} draws for alpha = ${alpha} are the same value, ${values[0]}. G₁ and G₂ must be independent draws: two draws with the same seed are one draw twice.`);
  expect.allClose(mean, 0.5, { rtol: 0, atol: 0.01, what: `The mean of your draws for alpha = ${alpha} (Beta(α, α) is symmetric about 1/2)` });
  const want = 1 / (4 * (2 * alpha + 1));
  expect.allClose(variance, want, { rtol: 0, atol: 0.006, what: `The variance of your draws for alpha = ${alpha} (Beta(α, α): 1 / (4(2α + 1)) = ${want.toFixed(4)}; uniform draws give 0.0833)` });
}

test('sampleLambda(n, 0.4): draws from Beta(0.4, 0.4), mostly near 0 or 1', async () => {
  expectBeta(await draws(0.4), 0.4);
});

test('sampleLambda(n, 3): draws from Beta(3, 3), crowded around 0.5', async () => {
  expectBeta(await draws(3), 3);
});

test('sampleLambda(n, 1): the uniform distribution', async () => {
  expectBeta(await draws(1), 1);
});

test('sampleLambda leaves no tensors behind', async () => {
  await learner.noLeakedTensors('sampleLambda', 10, 0.4);
});

test('blends flat inputs row by row', async () => {
  const { x, lambda, partner, xMixed } = await mixed([12, 64]);
  expect.allClose(xMixed, reference(x, lambda, partner), { rtol: 1e-5, atol: 1e-6, what: 'Your mixed inputs' });
});

test('blends the labels with the same weights: rows still sum to 1', async () => {
  const { y, lambda, partner, yMixed } = await mixed([12, 64]);
  expect.allClose(yMixed, reference(y, lambda, partner), { rtol: 1e-5, atol: 1e-6, what: 'Your mixed labels' });
  expect.rowsSumTo(yMixed, 1, { atol: 1e-5, what: 'your mixed labels' });
});

test('works for image-shaped inputs [n, 8, 8, 1]', async () => {
  const { x, lambda, partner, xMixed } = await mixed([6, 8, 8, 1]);
  expect.shape(xMixed, [6, 8, 8, 1], 'Your mixed images');
  expect.allClose(xMixed, reference(x, lambda, partner), { rtol: 1e-5, atol: 1e-6, what: 'Your mixed images' });
});

test('lambda = 1 changes nothing', async () => {
  const x = tf.tensor2d([[1, 2], [3, 4]]);
  const y = tf.tensor2d([[1, 0], [0, 1]]);
  const [xm, ym] = await learner.call('mixPairs', x, y, tf.ones([2]), tf.tensor1d([1, 0], 'int32'));
  expect.allClose(xm, x, { what: 'Your mixed inputs with lambda = 1' });
  expect.allClose(ym, y, { what: 'Your mixed labels with lambda = 1' });
});

test('lambda = 0 gives the partner, and a partner of itself changes nothing', async () => {
  const x = tf.tensor2d([[1, 2], [3, 4], [5, 6]]);
  const y = tf.tensor2d([[1, 0], [0, 1], [0.5, 0.5]]);
  const [xp, yp] = await learner.call('mixPairs', x, y, tf.zeros([3]), tf.tensor1d([2, 0, 1], 'int32'));
  expect.allClose(xp, [[5, 6], [1, 2], [3, 4]], { what: 'Your mixed inputs with lambda = 0' });
  expect.allClose(yp, [[0.5, 0.5], [1, 0], [0, 1]], { what: 'Your mixed labels with lambda = 0' });
  const [xs] = await learner.call('mixPairs', x, y, tf.tensor1d([0.3, 0.6, 0.9]), tf.tensor1d([0, 1, 2], 'int32'));
  expect.allClose(xs, x, { what: 'Your mixed inputs when every row is its own partner' });
});

test('a single example, n = 1', async () => {
  const [xm, ym] = await learner.call('mixPairs', tf.tensor4d([0.2, 0.4, 0.6, 0.8], [1, 2, 2, 1]), tf.tensor2d([[0, 1]]), tf.tensor1d([0.25]), tf.tensor1d([0], 'int32'));
  expect.allClose(xm, [[[[0.2], [0.4]], [[0.6], [0.8]]]], { what: 'Your mixed image for n = 1' });
  expect.allClose(ym, [[0, 1]], { what: 'Your mixed label for n = 1' });
});

test('mixPairs leaves no tensors behind', async () => {
  await learner.noLeakedTensors('mixPairs', tf.ones([3, 2]), tf.eye(3), tf.fill([3], 0.5), tf.tensor1d([2, 0, 1], 'int32'));
});
