// Wrong on purpose: G₁ / G₂ instead of G₁ / (G₁ + G₂). The ratio of two Gamma draws is not a weight
// in [0, 1]: it is often above 1.
function sampleLambda(n, alpha) {
  return tf.tidy(() => tf.randomGamma([n], alpha).div(tf.randomGamma([n], alpha)));
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
