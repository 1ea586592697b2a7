// Mistake: averaging over the block-index axes (1 and 3) instead of the offsets within a block.
function avgPool(x, k) {
  return tf.tidy(() => {
    const [n, h, w, c] = x.shape;
    return x.reshape([n, h / k, k, w / k, k, c]).mean([1, 3]);
  });
}

const x = tf.range(0, 16).reshape([1, 4, 4, 1]);
avgPool(x, 2).reshape([2, 2]).print();
