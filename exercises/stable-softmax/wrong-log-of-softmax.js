// Mistake: cross-entropy as the log of the (stable) probabilities. A true class whose probability
// rounds to 0 gives log(0) = -Infinity; an epsilon would cap the loss near 16 instead of 1000.
function softmax(logits) {
  return tf.tidy(() => {
    const e = logits.sub(logits.max(-1, true)).exp();
    return e.div(e.sum(-1, true));
  });
}

function crossEntropy(logits, labels) {
  return tf.tidy(() => {
    const probs = softmax(logits);
    return tf.oneHot(labels, logits.shape[1]).mul(probs.log()).sum(-1).mean().neg();
  });
}

const logits = tf.tensor2d([[1, 2, 3], [1000, 1001, 1002]]);
softmax(logits).print();
crossEntropy(logits, tf.tensor1d([2, 0], 'int32')).print();
