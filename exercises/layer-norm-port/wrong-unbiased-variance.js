// Mistake: the sample variance, dividing by d − 1, where layer norm divides by d.
function layerNorm(x, gamma, beta, epsilon) {
  return tf.tidy(() => {
    const d = x.shape[1];
    const centred = x.sub(x.mean(-1, true));
    const variance = centred.square().sum(-1, true).div(d - 1);
    return centred.div(variance.add(epsilon).sqrt()).mul(gamma).add(beta);
  });
}

const x = tf.tensor2d([[1, 2, 3, 4], [10, 10, 10, 14]]);
layerNorm(x, tf.ones([4]), tf.zeros([4]), 1e-3).print();
