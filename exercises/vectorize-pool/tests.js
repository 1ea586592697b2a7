// Hidden tests for vectorize-pool. Globals: test, expect, learner, tf, source (see docs/grading-api.md).

const images = (shape, seed) => tf.randomNormal(shape, 0, 1, 'float32', seed);

test('averages each 2×2 block of a small image', async () => {
  const x = tf.range(0, 16).reshape([1, 4, 4, 1]);
  const got = await learner.call('avgPool', x, 2);
  expect.shape(got, [1, 2, 2, 1], 'Your pooled 4×4 image');
  expect.allClose(got, [[[[2.5], [4.5]], [[10.5], [12.5]]]], { what: 'Your pooled 4×4 image (0 … 15 in rows)' });
});

test('matches tf.avgPool on batches of images with several channels (k = 2 and k = 3)', async () => {
  const x = images([3, 12, 6, 5], 1);
  expect.allClose(await learner.call('avgPool', x, 2), tf.avgPool(x, 2, 2, 'valid'), { rtol: 1e-5, atol: 1e-6, what: 'Your 2×2 pool of [3, 12, 6, 5]' });
  expect.allClose(await learner.call('avgPool', x, 3), tf.avgPool(x, 3, 3, 'valid'), { rtol: 1e-5, atol: 1e-6, what: 'Your 3×3 pool of [3, 12, 6, 5]' });
});

test('k = 1 leaves the images as they are', async () => {
  const x = images([2, 3, 5, 2], 2);
  expect.allClose(await learner.call('avgPool', x, 1), x, { what: 'Your pool with k = 1' });
});

test('leaves no tensors behind', async () => {
  await learner.noLeakedTensors('avgPool', images([2, 4, 4, 3], 3), 2);
});

test('avgPool is one tensor expression, with no loop', () => {
  source.forbidsLoopsIn(
    'avgPool',
    'Reshape each spatial axis into (block, offset within the block), then average over the two offset axes: no loop over positions.',
  );
});

test('builds the pool itself (no tf.avgPool, tf.pool or tf.layers)', () => {
  source.forbids(['tf.avgPool', 'tf.pool', 'tf.layers'], 'The exercise is to write the pool: reshape, then mean over the within-block axes.');
});
