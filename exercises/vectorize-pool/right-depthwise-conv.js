// Average pool as a depthwise convolution with stride k and a k×k filter of 1/k² per channel:
// each output is the weighted sum of its block, and the blocks do not overlap.
function avgPool(x, k) {
  return tf.tidy(() => {
    const c = x.shape[3];
    const filter = tf.fill([k, k, c, 1], 1 / (k * k));
    return tf.depthwiseConv2d(x, filter, k, 'valid');
  });
}

const x = tf.range(0, 16).reshape([1, 4, 4, 1]);
avgPool(x, 2).reshape([2, 2]).print();
