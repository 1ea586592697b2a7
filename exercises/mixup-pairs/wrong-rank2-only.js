// Wrong on purpose: lambda reshaped to [n, 1], which broadcasts over [n, 64] but not over
// images [n, 8, 8, 1] (there it lines up with the columns instead of the rows).
// n independent draws from Beta(alpha, alpha).
function sampleLambda(n, alpha) {
  return tf.tidy(() => {
    const g1 = tf.randomGamma([n], alpha);
    return g1.div(g1.add(tf.randomGamma([n], alpha)));
  });
}

function mixPairs(x, y, lambda, partner) {
  return tf.tidy(() => {
    const w = lambda.expandDims(1);
    const mix = (t) => t.mul(w).add(tf.gather(t, partner).mul(tf.scalar(1).sub(w)));
    return [mix(x), mix(y)];
  });
}
