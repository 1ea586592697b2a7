globalThis.probabilities ??= (x, w, b) => tf.softmax(tf.matMul(x, w).add(b));

// A good shape test, on sizes that all differ, but nothing about the values: a softmax taken over
// the examples instead of the classes has the right shape too.
test('shape [n, k]', () => {
  const x = tf.randomNormal([5, 3], 0, 1, 'float32', 1);
  const w = tf.randomNormal([3, 4], 0, 1, 'float32', 2);
  expect.shape(probabilities(x, w, tf.zeros([4])), [5, 4]);
});
