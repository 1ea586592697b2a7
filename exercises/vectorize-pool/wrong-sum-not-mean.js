// Mistake: the sum of each block instead of its mean (k² times too large).
function avgPool(x, k) {
  return tf.tidy(() => {
    const [n, h, w, c] = x.shape;
    return x.reshape([n, h / k, k, w / k, k, c]).sum([2, 4]);
  });
}

const x = tf.range(0, 16).reshape([1, 4, 4, 1]);
avgPool(x, 2).reshape([2, 2]).print();
