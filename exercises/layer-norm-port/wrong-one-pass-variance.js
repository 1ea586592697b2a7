// Mistake: the one-pass variance mean(x²) − mean(x)². Fine near zero; far from zero both terms
// are about 10⁸ and their difference, about 1, is lost to float32 rounding.
function layerNorm(x, gamma, beta, epsilon) {
  return tf.tidy(() => {
    const mean = x.mean(-1, true);
    const variance = x.square().mean(-1, true).sub(mean.square());
    return x.sub(mean).div(variance.add(epsilon).sqrt()).mul(gamma).add(beta);
  });
}

const x = tf.tensor2d([[1, 2, 3, 4], [10, 10, 10, 14]]);
layerNorm(x, tf.ones([4]), tf.zeros([4]), 1e-3).print();
