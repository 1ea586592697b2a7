// Average pool of x [n, h, w, c] over non-overlapping k×k blocks: [n, h/k, w/k, c].
// Correct, but one slice and one mean per output position: rewrite it without the loops.
function avgPool(x, k) {
  return tf.tidy(() => {
    const [n, h, w, c] = x.shape;
    const rows = [];
    for (let i = 0; i < h / k; i++) {
      const row = [];
      for (let j = 0; j < w / k; j++) row.push(x.slice([0, i * k, j * k, 0], [n, k, k, c]).mean([1, 2]));
      rows.push(tf.stack(row, 1));
    }
    return tf.stack(rows, 1);
  });
}

// Try it: 2×2 blocks of a 4×4 image with one channel.
const x = tf.range(0, 16).reshape([1, 4, 4, 1]);
avgPool(x, 2).reshape([2, 2]).print();   // [[2.5, 4.5], [10.5, 12.5]]
