// Wrong on purpose: uniform weights whatever alpha is. That is Beta(1, 1): right for alpha = 1
// only; with alpha = 0.4 mixup should mostly keep one image, with alpha = 3 mostly blend evenly.
function sampleLambda(n, alpha) {
  return tf.randomUniform([n], 0, 1);
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
