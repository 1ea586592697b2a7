// Wrong on purpose: gives the weight lambda to the partner and 1 − lambda to the row itself.
// n independent draws from Beta(alpha, alpha).
function sampleLambda(n, alpha) {
  return tf.tidy(() => {
    const g1 = tf.randomGamma([n], alpha);
    return g1.div(g1.add(tf.randomGamma([n], alpha)));
  });
}

function mixPairs(x, y, lambda, partner) {
  return tf.tidy(() => {
    const mix = (t) => {
      const w = lambda.reshape([t.shape[0], ...new Array(t.rank - 1).fill(1)]);
      return tf.gather(t, partner).mul(w).add(t.mul(tf.scalar(1).sub(w)));
    };
    return [mix(x), mix(y)];
  });
}
