// Mistake: right numbers, but from the very functions the exercise asks you to build
// (taken under other names, and as a tensor method).
const { logSoftmax: logProbabilities } = tf;

function softmax(logits) {
  return tf.tidy(() => logits.softmax());
}

function crossEntropy(logits, labels) {
  return tf.tidy(() => tf.oneHot(labels, logits.shape[1]).mul(logProbabilities(logits)).sum(-1).mean().neg());
}

const logits = tf.tensor2d([[1, 2, 3], [1000, 1001, 1002]]);
softmax(logits).print();
crossEntropy(logits, tf.tensor1d([2, 0], 'int32')).print();
