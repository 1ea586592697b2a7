// Mistake: epsilon added to the standard deviation, √variance + ε, instead of inside the root
// (some libraries do this; tf.layers and PyTorch do not).
function layerNorm(x, gamma, beta, epsilon) {
  return tf.tidy(() => {
    const centred = x.sub(x.mean(-1, true));
    const sd = centred.square().mean(-1, true).sqrt();
    return centred.div(sd.add(epsilon)).mul(gamma).add(beta);
  });
}

const x = tf.tensor2d([[1, 2, 3, 4], [10, 10, 10, 14]]);
layerNorm(x, tf.ones([4]), tf.zeros([4]), 1e-3).print();
