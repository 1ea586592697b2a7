// n independent draws from Beta(alpha, alpha): G₁ / (G₁ + G₂) for independent Gamma(alpha) draws.
function sampleLambda(n, alpha) {
  return tf.tidy(() => {
    const g1 = tf.randomGamma([n], alpha);
    const g2 = tf.randomGamma([n], alpha);
    return g1.div(g1.add(g2));
  });
}

// Blend each row of x and y with row partner[i], weighted lambda[i] : (1 − lambda[i]).
function mixPairs(x, y, lambda, partner) {
  return tf.tidy(() => {
    // One weight per row, shaped to broadcast over every other axis of its tensor.
    const weightFor = (t) => lambda.reshape([t.shape[0], ...new Array(t.rank - 1).fill(1)]);
    const mix = (t) => {
      const w = weightFor(t);
      return t.mul(w).add(tf.gather(t, partner).mul(tf.scalar(1).sub(w)));
    };
    return [mix(x), mix(y)];
  });
}

const lambda = sampleLambda(5, 0.4);
lambda.print();                                   // mostly near 0 or 1
const x = tf.tensor2d([[1, 0], [0, 1], [1, 1]]);
const y = tf.oneHot(tf.tensor1d([0, 1, 1], 'int32'), 2).toFloat();
const [xm, ym] = mixPairs(x, y, tf.tensor1d([0.7, 0.5, 1]), tf.tensor1d([1, 0, 2], 'int32'));
xm.print();
ym.print();
