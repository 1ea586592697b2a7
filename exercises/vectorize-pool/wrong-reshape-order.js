// Mistake: reshaping straight to [n, h/k, w/k, k, k, c]. Reshape keeps memory order, so each
// "block" is k·k consecutive pixels of the flattened rows, not a k×k square.
function avgPool(x, k) {
  return tf.tidy(() => {
    const [n, h, w, c] = x.shape;
    return x.reshape([n, h / k, w / k, k, k, c]).mean([3, 4]);
  });
}

const x = tf.range(0, 16).reshape([1, 4, 4, 1]);
avgPool(x, 2).reshape([2, 2]).print();
