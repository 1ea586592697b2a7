// Hidden tests for layer-norm-port. Globals: test, expect, learner, tf, source (see docs/grading-api.md).

/** The built-in: tf.layers.layerNormalization over the last axis, with these gamma and beta. */
function builtIn(x, gamma, beta, epsilon) {
  const layer = tf.layers.layerNormalization({ axis: -1, epsilon });
  layer.apply(x);                                    // builds the layer's weights
  layer.setWeights([gamma, beta]);
  const y = layer.apply(x);
  layer.dispose();
  return y;
}

/** Layer norm of float32 values in float64, in plain JavaScript: the exact answer for these inputs. */
function exact(x, gamma, beta, epsilon) {
  const g = gamma.dataSync();
  const b = beta.dataSync();
  return x.arraySync().map((row) => {
    const mean = row.reduce((s, v) => s + v, 0) / row.length;
    const variance = row.reduce((s, v) => s + (v - mean) ** 2, 0) / row.length;
    return row.map((v, j) => ((v - mean) / Math.sqrt(variance + epsilon)) * g[j] + b[j]);
  });
}

const inputs = (shape, mean, spread, seed) => ({
  x: tf.randomNormal(shape, mean, spread, 'float32', seed),
  gamma: tf.randomUniform([shape[1]], 0.5, 1.5, 'float32', seed + 1),
  beta: tf.randomNormal([shape[1]], 0, 0.5, 'float32', seed + 2),
});

test('matches tf.layers.layerNormalization on ordinary rows', async () => {
  const { x, gamma, beta } = inputs([6, 16], 0.5, 2, 1);
  const got = await learner.call('layerNorm', x, gamma, beta, 1e-3);
  expect.shape(got, [6, 16], 'Your layer norm');
  expect.allClose(got, builtIn(x, gamma, beta, 1e-3), { rtol: 1e-4, atol: 1e-5, what: 'Your layer norm' });
});

test('puts epsilon where the built-in does, on rows of small spread', async () => {
  // Spread 0.1, so variance 0.01 and epsilon 0.01 weigh the same: √(σ² + ε) and σ + ε differ by 30 %.
  const { x, gamma, beta } = inputs([4, 24], -1, 0.1, 4);
  expect.allClose(await learner.call('layerNorm', x, gamma, beta, 1e-2), builtIn(x, gamma, beta, 1e-2), {
    rtol: 1e-4,
    atol: 1e-5,
    what: 'Your layer norm with epsilon = 0.01',
  });
});

test('normalises each row on its own, over its d values (variance divides by d)', async () => {
  // Few values per row, so dividing by d − 1 instead of d changes the result by 1/(2d) ≈ 6 %.
  const { x, gamma, beta } = inputs([5, 8], 0, 1, 7);
  const got = await learner.call('layerNorm', x, gamma, beta, 1e-5);
  expect.allClose(got, builtIn(x, gamma, beta, 1e-5), { rtol: 1e-4, atol: 1e-5, what: 'Your layer norm of 5 rows of 8' });
  const single = tf.tensor2d([[1, 2, 3, 4]]);
  expect.allClose(await learner.call('layerNorm', single, tf.ones([4]), tf.zeros([4]), 0), [[-1.3416408, -0.4472136, 0.4472136, 1.3416408]], {
    rtol: 1e-4,
    what: 'Your layer norm of [[1, 2, 3, 4]] with gamma 1, beta 0, epsilon 0',
  });
});

test('stays within 0.01 of the exact result when the values sit far from zero (about 10,000)', async () => {
  const { x, gamma, beta } = inputs([4, 64], 1e4, 1, 10);
  const got = await learner.call('layerNorm', x, gamma, beta, 1e-3);
  expect.that(
    Array.from(got.dataSync()).every(Number.isFinite),
    'Your layer norm of values around 10,000 holds NaN or Infinity. A variance computed in one pass, mean(x²) − mean(x)², cancels to 0 or below when the values sit far from zero: subtract the mean first, then average the squares.',
  );
  expect.allClose(got, exact(x, gamma, beta, 1e-3), { rtol: 0, atol: 1e-2, what: 'Your layer norm of values around 10,000' });
});

test('leaves no tensors behind', async () => {
  const { x, gamma, beta } = inputs([3, 8], 0, 1, 13);
  await learner.noLeakedTensors('layerNorm', x, gamma, beta, 1e-3);
});

test('builds it itself (no tf.layers, tf.moments or tf.batchNorm)', () => {
  source.forbids(
    ['tf.layers', 'tf.moments', 'tf.batchNorm'],
    'The exercise is to port it: take each row’s mean with x.mean(-1, true), subtract it, average the squares, and divide by the square root of that plus epsilon.',
  );
});
