// probabilities(x, w, b) is the function your tests check. In a Check the grader supplies it
// (a correct one, then each planted bug); for Run, this copy of the correct one stands in.
globalThis.probabilities ??= (x, w, b) => tf.softmax(tf.matMul(x, w).add(b));

// Three different sizes (n = 5 examples, d = 3 features, k = 4 classes), so that a transposed
// matrix or a bias broadcast along the wrong axis cannot give the right shape by accident.
const x = tf.randomNormal([5, 3], 0, 1, 'float32', 1);
const w = tf.randomNormal([3, 4], 0, 1, 'float32', 2);
const b = tf.tensor1d([0.5, -1, 2, 0]);

test('one row of k probabilities per example: shape [n, k]', () => {
  expect.shape(probabilities(x, w, b), [5, 4], 'probabilities of 5 examples over 4 classes');
});

test('each row is a distribution over the classes: it sums to 1', () => {
  expect.rowsSumTo(probabilities(x, w, b), 1, { what: 'probabilities of 5 examples' });
});
