// Wrong on purpose: both Gamma draws get the same seed, so G₂ = G₁ and every weight is
// G₁ / (G₁ + G₁) = 0.5: no spread at all.
function sampleLambda(n, alpha) {
  return tf.tidy(() => {
    const g1 = tf.randomGamma([n], alpha, 1, 'float32', 7);
    const g2 = tf.randomGamma([n], alpha, 1, 'float32', 7);
    return g1.div(g1.add(g2));
  });
}

// Blend each row of x and y with row partner[i], weighted lambda[i] : (1 − lambda[i]).
function mixPairs(x, y, lambda, partner) {
  return tf.tidy(() => {
    const mix = (t) => {
      const w = lambda.reshape([t.shape[0], ...new Array(t.rank - 1).fill(1)]);
      return t.mul(w).add(tf.gather(t, partner).mul(tf.scalar(1).sub(w)));
    };
    return [mix(x), mix(y)];
  });
}
