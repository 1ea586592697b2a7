// The learner's code is tests of probabilities(x, w, b) = softmax(x·w + b) over the classes;
// it runs beside each implementation below (docs/grading-api.md, "Grading tests the learner writes").
learner.codeIsTests();

const correct = `function probabilities(x, w, b) {
  return tf.tidy(() => tf.softmax(tf.matMul(x, w).add(b)));
}`;

// Planted bugs, named by what they do wrong (the name is all the learner sees of them). Each one
// gives no error, and the right shape, on a square input: n = d = k.
const bugs = {
  'multiplies by the transposed weights, x·wᵀ (it only runs when w is square)': `function probabilities(x, w, b) {
  return tf.tidy(() => tf.softmax(tf.matMul(x, w, false, true).add(b)));
}`,
  'adds the bias as a column of shape [k, 1], one value per example instead of per class': `function probabilities(x, w, b) {
  return tf.tidy(() => tf.softmax(tf.matMul(x, w).add(b.reshape([-1, 1]))));
}`,
  'normalises over the examples (axis 0) instead of over the classes': `function probabilities(x, w, b) {
  return tf.tidy(() => {
    const e = tf.exp(tf.matMul(x, w).add(b));
    return e.div(e.sum(0));
  });
}`,
};

// Each call starts a fresh realm (it loads tfjs): these tests get room beyond the learner's own limits.
test('your tests pass on a correct probabilities()', () => learner.ownTestsPass(correct), { timeout: 30_000 });
for (const [bug, source] of Object.entries(bugs)) {
  test(`your tests catch a probabilities() that ${bug}`, () => learner.ownTestsCatch(bug, source), { timeout: 30_000 });
}
