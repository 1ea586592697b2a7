// Mistake: right numbers, but the loop is still there, hidden in Array.from(…, fn) and map over
// the output rows: one slice and one mean per row of blocks.
function avgPool(x, k) {
  return tf.tidy(() => {
    const [n, h, w, c] = x.shape;
    const rows = Array.from({ length: h / k }, (_, i) =>
      x.slice([0, i * k, 0, 0], [n, k, w, c]).reshape([n, k, w / k, k, c]).mean([1, 3]));
    return tf.stack(rows, 1);
  });
}

const x = tf.range(0, 16).reshape([1, 4, 4, 1]);
avgPool(x, 2).reshape([2, 2]).print();
