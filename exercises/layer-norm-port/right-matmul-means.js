// Layer norm with the row means taken as a matrix product with a column of 1/d, and gamma and
// beta reshaped to one row [1, d] before they broadcast.
function layerNorm(x, gamma, beta, epsilon) {
  return tf.tidy(() => {
    const [, d] = x.shape;
    const averager = tf.fill([d, 1], 1 / d);               // x · averager = each row's mean, [n, 1]
    const centred = x.sub(x.matMul(averager));
    const variance = centred.mul(centred).matMul(averager);
    const scale = tf.sqrt(variance.add(epsilon));
    return centred.div(scale).mul(gamma.reshape([1, d])).add(beta.reshape([1, d]));
  });
}

const x = tf.tensor2d([[1, 2, 3, 4], [10, 10, 10, 14]]);
layerNorm(x, tf.ones([4]), tf.zeros([4]), 1e-3).print();
