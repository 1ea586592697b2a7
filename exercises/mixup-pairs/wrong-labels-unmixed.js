// Wrong on purpose: blends the images but keeps each image's own label. A 30 % "3" + 70 % "8"
// image would be taught as a pure "3": the labels must blend by the same weight.
// n independent draws from Beta(alpha, alpha).
function sampleLambda(n, alpha) {
  return tf.tidy(() => {
    const g1 = tf.randomGamma([n], alpha);
    return g1.div(g1.add(tf.randomGamma([n], alpha)));
  });
}

function mixPairs(x, y, lambda, partner) {
  return tf.tidy(() => {
    const w = lambda.reshape([x.shape[0], ...new Array(x.rank - 1).fill(1)]);
    return [x.mul(w).add(tf.gather(x, partner).mul(tf.scalar(1).sub(w))), y.clone()];
  });
}
