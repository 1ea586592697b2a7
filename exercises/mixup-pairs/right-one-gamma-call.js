// Right, written differently: one Gamma call for both draws (shape [2, n]), and weights of shape
// [n, 1, …, 1] built with reshape(-1, …).
function sampleLambda(n, alpha) {
  return tf.tidy(() => {
    const [g1, g2] = tf.unstack(tf.randomGamma([2, n], alpha));
    return g1.div(g1.add(g2));
  });
}

function mixPairs(x, y, lambda, partner) {
  return tf.tidy(() => {
    const out = [];
    for (const t of [x, y]) {
      const w = tf.reshape(lambda, [-1].concat(Array(t.rank - 1).fill(1)));
      out.push(tf.add(tf.mul(w, t), tf.mul(tf.sub(1, w), tf.gather(t, partner))));
    }
    return out;
  });
}
