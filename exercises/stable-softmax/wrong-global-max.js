// Mistake: subtracting the maximum of the whole batch instead of each row's own maximum.
// A row far below the batch maximum underflows to exp(...) = 0 everywhere: 0 / 0 = NaN.
function softmax(logits) {
  return tf.tidy(() => {
    const e = logits.sub(logits.max()).exp();
    return e.div(e.sum(-1, true));
  });
}

function crossEntropy(logits, labels) {
  return tf.tidy(() => {
    const shifted = logits.sub(logits.max());
    const logProbs = shifted.sub(shifted.exp().sum(-1, true).log());
    return tf.oneHot(labels, logits.shape[1]).mul(logProbs).sum(-1).mean().neg();
  });
}

const logits = tf.tensor2d([[1, 2, 3], [1000, 1001, 1002]]);
softmax(logits).print();
crossEntropy(logits, tf.tensor1d([2, 0], 'int32')).print();
