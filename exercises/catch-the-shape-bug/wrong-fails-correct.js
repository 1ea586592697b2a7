globalThis.probabilities ??= (x, w, b) => tf.softmax(tf.matMul(x, w).add(b));

// Classes and examples mixed up: expects one row per class, [k, n], which the correct code never gives.
test('one column per example', () => {
  expect.shape(probabilities(tf.ones([5, 3]), tf.ones([3, 4]), tf.zeros([4])), [4, 5]);
});

test('rows sum to 1', () => {
  expect.rowsSumTo(probabilities(tf.ones([5, 3]), tf.ones([3, 4]), tf.zeros([4])), 1);
});
