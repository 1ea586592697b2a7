// Mistake: right numbers, but every intermediate tensor is left behind on each call.
function layerNorm(x, gamma, beta, epsilon) {
  const centred = x.sub(x.mean(-1, true));
  const variance = centred.square().mean(-1, true);
  return centred.div(variance.add(epsilon).sqrt()).mul(gamma).add(beta);
}

const x = tf.tensor2d([[1, 2, 3, 4], [10, 10, 10, 14]]);
layerNorm(x, tf.ones([4]), tf.zeros([4]), 1e-3).print();
