// Probabilities from logits [n, k]: each row positive and summing to 1.
function softmax(logits) {
  return tf.tidy(() => {
    // Subtracting each row's maximum leaves softmax unchanged and keeps exp() ≤ 1.
    const shifted = logits.sub(logits.max(-1, true));
    const e = shifted.exp();
    return e.div(e.sum(-1, true));
  });
}

// Mean cross-entropy of int labels [n] under the softmax of logits [n, k], as a scalar tensor.
function crossEntropy(logits, labels) {
  return tf.tidy(() => {
    // log softmax(z) = (z − m) − log Σ exp(z − m): the log-sum-exp trick, no division, no log(0).
    const shifted = logits.sub(logits.max(-1, true));
    const logProbs = shifted.sub(shifted.exp().sum(-1, true).log());
    const oneHot = tf.oneHot(labels, logits.shape[1]);
    return oneHot.mul(logProbs).sum(-1).mean().neg();
  });
}

const logits = tf.tensor2d([[1, 2, 3], [1000, 1001, 1002]]);
softmax(logits).print();
crossEntropy(logits, tf.tensor1d([2, 0], 'int32')).print();
