// Mistake: right numbers, but from tf.moments, one of the functions the exercise asks you not to use.
function layerNorm(x, gamma, beta, epsilon) {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(x, -1, true);
    return x.sub(mean).div(variance.add(epsilon).sqrt()).mul(gamma).add(beta);
  });
}

const x = tf.tensor2d([[1, 2, 3, 4], [10, 10, 10, 14]]);
layerNorm(x, tf.ones([4]), tf.zeros([4]), 1e-3).print();
