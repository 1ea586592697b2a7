// n independent draws from Beta(alpha, alpha).
function sampleLambda(n, alpha) {
  // TODO: this is Beta(1, 1), the uniform distribution, whatever alpha is.
  return tf.randomUniform([n]);
}

// Blend each row of x and y with row partner[i], weighted lambda[i] : (1 − lambda[i]).
function mixPairs(x, y, lambda, partner) {
  return tf.tidy(() => {
    const w = lambda.expandDims(1);                       // [n, 1]: only fits rank-2 x
    const xMixed = x.mul(w).add(tf.gather(x, partner).mul(tf.scalar(1).sub(w)));
    // TODO: mix the labels with the same weights (and make it work for images [n, 8, 8, 1]).
    return [xMixed, y.clone()];
  });
}

const lambda = sampleLambda(5, 0.4);
lambda.print();                                   // should be mostly near 0 or 1
const x = tf.tensor2d([[1, 0], [0, 1], [1, 1]]);
const y = tf.oneHot(tf.tensor1d([0, 1, 1], 'int32'), 2).toFloat();
const [xm, ym] = mixPairs(x, y, tf.tensor1d([0.7, 0.5, 1]), tf.tensor1d([1, 0, 2], 'int32'));
xm.print();
ym.print();
