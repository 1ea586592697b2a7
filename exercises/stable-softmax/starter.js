// Probabilities from logits [n, k]: each row positive and summing to 1.
function softmax(logits) {
  // The textbook formula: fine for small logits, Infinity/NaN for large ones. Fix it.
  const e = logits.exp();
  return e.div(e.sum(-1, true));
}

// Mean cross-entropy of int labels [n] under the softmax of logits [n, k], as a scalar tensor.
function crossEntropy(logits, labels) {
  // TODO: −mean over rows of log p[row, label], computed stably from the logits.
  return tf.scalar(0);
}

const logits = tf.tensor2d([[1, 2, 3], [1000, 1001, 1002]]);
softmax(logits).print();
crossEntropy(logits, tf.tensor1d([2, 0], 'int32')).print();
