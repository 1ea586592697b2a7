// Layer norm of x [n, d] over each row, then scaled by gamma [d] and shifted by beta [d].
function layerNorm(x, gamma, beta, epsilon) {
  return tf.tidy(() => {
    // Two passes: the mean first, then the spread around it (never mean(x²) − mean(x)²,
    // which cancels to noise when the values sit far from zero).
    const centred = x.sub(x.mean(-1, true));
    const variance = centred.square().mean(-1, true);     // divides by d, as the built-in does
    return centred.div(variance.add(epsilon).sqrt()).mul(gamma).add(beta);
  });
}

// Try it: each row of the result should have mean ≈ 0 and spread ≈ 1 (here gamma = 1, beta = 0).
const x = tf.tensor2d([[1, 2, 3, 4], [10, 10, 10, 14]]);
layerNorm(x, tf.ones([4]), tf.zeros([4]), 1e-3).print();
