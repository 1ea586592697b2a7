globalThis.probabilities ??= (x, w, b) => tf.softmax(tf.matMul(x, w).add(b));

// Checks the shape, but on a square input (4 examples, 4 features, 4 classes): a transposed w,
// a bias added along the wrong axis and a softmax over the wrong axis all keep shape [4, 4].
test('one row of probabilities per example', () => {
  const x = tf.randomNormal([4, 4], 0, 1, 'float32', 1);
  const w = tf.randomNormal([4, 4], 0, 1, 'float32', 2);
  const b = tf.randomNormal([4], 0, 1, 'float32', 3);
  expect.shape(probabilities(x, w, b), [4, 4]);
});
