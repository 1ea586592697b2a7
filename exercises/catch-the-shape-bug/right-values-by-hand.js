globalThis.probabilities ??= (x, w, b) => tf.softmax(tf.matMul(x, w).add(b));

// Values worked out by hand on 3 examples, 2 features, 4 classes.
// x·w: row 1 [1, 0, 0, 0], row 2 [0, 1, 0, 0], row 3 [1, 1, 0, 0]; b adds ln 2 to class 3.
test('probabilities match softmax(x·w + b) worked out by hand', () => {
  const x = tf.tensor2d([[1, 0], [0, 1], [1, 1]]);
  const w = tf.tensor2d([[1, 0, 0, 0], [0, 1, 0, 0]]);
  const b = tf.tensor1d([0, 0, Math.log(2), 0]);
  const e = Math.E;
  const row = (z) => { const total = z.reduce((s, v) => s + v, 0); return z.map((v) => v / total); };
  expect.allClose(probabilities(x, w, b), [row([e, 1, 2, 1]), row([1, e, 2, 1]), row([e, e, 2, 1])], { rtol: 1e-4, atol: 1e-6 });
});
