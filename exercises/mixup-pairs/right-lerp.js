// Right, written differently: Gamma draws with an explicit rate, and the blend written as
// partner + λ · (row − partner), λ broadcast by adding axes one at a time.
function sampleLambda(n, alpha) {
  return tf.tidy(() => {
    const first = tf.randomGamma([n], alpha, 1, 'float32');
    const second = tf.randomGamma([n], alpha, 1, 'float32');
    return tf.div(first, tf.add(first, second));
  });
}

function mixPairs(x, y, lambda, partner) {
  const blend = (t) => {
    let w = lambda;
    while (w.rank < t.rank) w = w.expandDims(-1);
    const other = tf.gather(t, partner);
    return other.add(w.mul(t.sub(other)));
  };
  return tf.tidy(() => [blend(x), blend(y)]);
}
