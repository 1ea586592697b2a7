// Softmax as exp(z − logsumexp(z)), with tf's own stable log-sum-exp; cross-entropy as
// logsumexp(z) − z_true, reading the true logit with a one-hot mask.
function softmax(logits) {
  return tf.tidy(() => tf.exp(tf.sub(logits, tf.logSumExp(logits, -1, true))));
}

function crossEntropy(logits, labels) {
  return tf.tidy(() => {
    const trueLogit = tf.sum(tf.mul(logits, tf.oneHot(labels, logits.shape[1])), -1);
    return tf.mean(tf.sub(tf.logSumExp(logits, -1), trueLogit));
  });
}

const logits = tf.tensor2d([[1, 2, 3], [1000, 1001, 1002]]);
softmax(logits).print();
crossEntropy(logits, tf.tensor1d([2, 0], 'int32')).print();
