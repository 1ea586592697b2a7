globalThis.probabilities ??= (x, w, b) => tf.softmax(tf.matMul(x, w).add(b));

// The same formula, written another way (row by row, in plain JavaScript), on random sizes that differ.
function byHand(x, w, b) {
  const [X, W, B] = [x.arraySync(), w.arraySync(), b.arraySync()];
  return X.map((row) => {
    const z = B.map((bias, j) => bias + row.reduce((s, v, i) => s + v * W[i][j], 0));
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const total = e.reduce((s, v) => s + v, 0);
    return e.map((v) => v / total);
  });
}

for (const [n, d, k] of [[6, 2, 3], [1, 4, 5]]) {
  test(`matches a plain-JavaScript softmax regression for n = ${n}, d = ${d}, k = ${k}`, () => {
    const x = tf.randomNormal([n, d], 0, 1, 'float32', n);
    const w = tf.randomNormal([d, k], 0, 1, 'float32', d);
    const b = tf.randomNormal([k], 0, 1, 'float32', k);
    const p = probabilities(x, w, b);
    expect.shape(p, [n, k]);
    expect.allClose(p, byHand(x, w, b), { rtol: 1e-4, atol: 1e-6 });
  });
}
