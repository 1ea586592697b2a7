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

test('leaves no tensors behind', async () => {
  await learner.noLeakedTensors('mixPairs', tf.ones([3, 2]), tf.eye(3), tf.fill([3], 0.5), tf.tensor1d([2, 0, 1], 'int32'));
});
