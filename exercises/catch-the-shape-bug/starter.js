// probabilities(x, w, b) is the function your tests check. In a Check the grader supplies it
// (a correct one, then each planted bug); for Run, this copy of the correct one stands in.
globalThis.probabilities ??= (x, w, b) => tf.softmax(tf.matMul(x, w).add(b));

// Your tests. This one runs, but it checks nothing yet.
test('probabilities runs', () => {
  const p = probabilities(tf.ones([2, 2]), tf.ones([2, 2]), tf.zeros([2]));
  console.log(p.shape);
});
