// Hidden tests for stable-softmax. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

const randomLogits = (seed, scale) => tf.randomNormal([6, 5], 0, scale, 'float32', seed);

test('softmax matches tf.softmax on ordinary logits', async () => {
  const logits = randomLogits(1, 2);
  expect.allClose(await learner.call('softmax', logits), tf.softmax(logits), { rtol: 1e-4, atol: 1e-6, what: 'Your softmax' });
});

test('softmax stays finite on large logits (1000 and more)', async () => {
  const logits = tf.tensor2d([[1000, 1001, 1002], [-1000, 0, 1000], [5000, 5000, 5000]]);
  const probs = await learner.call('softmax', logits);
  expect.finite(probs, 'Your softmax of large logits');
  expect.allClose(probs, tf.softmax(logits), { rtol: 1e-4, atol: 1e-6, what: 'Your softmax of large logits' });
});

test('softmax rows are probabilities: shape kept, each row sums to 1', async () => {
  const logits = randomLogits(2, 10);
  const probs = await learner.call('softmax', logits);
  expect.shape(probs, [6, 5], 'Your softmax');
  expect.rowsSumTo(probs, 1, { atol: 1e-5, what: 'your softmax' });
});

test('cross-entropy matches the definition on ordinary logits', async () => {
  const logits = randomLogits(3, 2);
  const labels = tf.tensor1d([0, 1, 2, 3, 4, 0], 'int32');
  const expected = tf.losses.softmaxCrossEntropy(tf.oneHot(labels, 5), logits);
  const got = await learner.call('crossEntropy', logits, labels);
  expect.shape(got, [], 'Your cross-entropy (a scalar)');
  expect.allClose(got, expected, { rtol: 1e-4, atol: 1e-5, what: 'Your cross-entropy' });
});

test('cross-entropy stays finite and exact on large logits', async () => {
  // Row 1: the true class has logit −1000 below the best: the loss is ≈ 1000, not Infinity.
  const logits = tf.tensor2d([[1000, 0, -1000], [0, 1000, 0]]);
  const labels = tf.tensor1d([0, 0], 'int32');
  const got = await learner.call('crossEntropy', logits, labels);
  expect.finite(got, 'Your cross-entropy of large logits');
  expect.allClose(got, 500, { rtol: 1e-4, what: 'Your cross-entropy of large logits' });
});

test('both leave no tensors behind', async () => {
  const logits = randomLogits(4, 1);
  await learner.noLeakedTensors('softmax', logits);
  await learner.noLeakedTensors('crossEntropy', logits, tf.tensor1d([1, 1, 1, 1, 1, 1], 'int32'));
});

test('edges: one row, a single class, equal logits, very negative logits', async () => {
  // One row of four equal logits: every class gets 1/4; one class only: probability 1, loss 0.
  expect.allClose(await learner.call('softmax', tf.tensor2d([[2, 2, 2, 2]])), [[0.25, 0.25, 0.25, 0.25]], {
    rtol: 1e-5,
    what: 'Your softmax of one row of equal logits',
  });
  expect.allClose(await learner.call('softmax', tf.tensor2d([[3], [-700]])), [[1], [1]], { rtol: 1e-6, what: 'Your softmax with a single class' });
  const negative = tf.tensor2d([[-1000, -1001, -1002]]);
  const probs = await learner.call('softmax', negative);
  expect.finite(probs, 'Your softmax of very negative logits (−1000 and below, whose exp is 0)');
  expect.allClose(probs, tf.softmax(negative), { rtol: 1e-4, atol: 1e-6, what: 'Your softmax of very negative logits' });
  expect.allClose(await learner.call('crossEntropy', tf.tensor2d([[-1000, -1000, -1000, -1000]]), tf.tensor1d([2], 'int32')), Math.log(4), {
    rtol: 1e-5,
    what: 'Your cross-entropy of four equal logits (ln 4)',
  });
});

test('builds softmax and cross-entropy itself (no tf.softmax, tf.logSoftmax or tf.losses)', () => {
  source.forbids(
    ['tf.softmax', 'tf.logSoftmax', 'tf.losses'],
    "The exercise is to build them yourself: subtract each row's maximum, then exp, sum and divide; for the cross-entropy, subtract the log of that sum instead of dividing.",
  );
});

test('works on whole tensors, with no loop over rows or elements', () => {
  const why =
    'Write it with tensor operations that act on every row at once: logits.max(-1, true) is each row’s maximum, .sum(-1, true) each row’s sum, and tf.oneHot picks the true class of every row.';
  source.forbidsLoopsIn('softmax', why);
  source.forbidsLoopsIn('crossEntropy', why);
});
