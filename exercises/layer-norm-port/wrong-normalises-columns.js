// Mistake: normalising each column over the batch (axis 0, as batch norm does) instead of each row.
function layerNorm(x, gamma, beta, epsilon) {
  return tf.tidy(() => {
    const centred = x.sub(x.mean(0, true));
    const variance = centred.square().mean(0, true);
    return centred.div(variance.add(epsilon).sqrt()).mul(gamma).add(beta);
  });
}

const x = tf.tensor2d([[1, 2, 3, 4], [10, 10, 10, 14]]);
layerNorm(x, tf.ones([4]), tf.zeros([4]), 1e-3).print();
