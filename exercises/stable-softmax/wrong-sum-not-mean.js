// Mistake: the cross-entropy summed over the rows instead of averaged.
function softmax(logits) {
  return tf.tidy(() => {
    const e = logits.sub(logits.max(-1, true)).exp();
    return e.div(e.sum(-1, true));
  });
}

function crossEntropy(logits, labels) {
  return tf.tidy(() => {
    const shifted = logits.sub(logits.max(-1, true));
    const logProbs = shifted.sub(shifted.exp().sum(-1, true).log());
    return tf.oneHot(labels, logits.shape[1]).mul(logProbs).sum().neg();
  });
}

const logits = tf.tensor2d([[1, 2, 3], [1000, 1001, 1002]]);
softmax(logits).print();
crossEntropy(logits, tf.tensor1d([2, 0], 'int32')).print();
