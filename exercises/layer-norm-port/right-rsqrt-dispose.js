// Layer norm with explicit dispose() instead of tf.tidy, the functional tf.* forms, and
// rsqrt (1 / √) multiplied in rather than a division.
function layerNorm(x, gamma, beta, epsilon) {
  const d = tf.scalar(x.shape[1]);
  const eps = tf.scalar(epsilon);
  const total = tf.sum(x, 1, true);
  const mean = tf.div(total, d);
  const centred = tf.sub(x, mean);
  const squares = tf.square(centred);
  const spread = tf.sum(squares, 1, true);
  const variance = tf.div(spread, d);
  const shifted = tf.add(variance, eps);
  const inverse = tf.rsqrt(shifted);
  const normalised = tf.mul(centred, inverse);
  const scaled = tf.mul(normalised, gamma);
  const result = tf.add(scaled, beta);
  tf.dispose([d, eps, total, mean, centred, squares, spread, variance, shifted, inverse, normalised, scaled]);
  return result;
}

const x = tf.tensor2d([[1, 2, 3, 4], [10, 10, 10, 14]]);
layerNorm(x, tf.ones([4]), tf.zeros([4]), 1e-3).print();
