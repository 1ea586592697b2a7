// Softmax and cross-entropy with explicit dispose() instead of tf.tidy, and the true class picked
// with a gather on the flattened log-probabilities.
function logProbabilities(logits) {
  const max = logits.max(-1, true);
  const shifted = logits.sub(max);
  const e = shifted.exp();
  const total = e.sum(-1, true);
  const logSum = total.log();
  const result = shifted.sub(logSum);
  tf.dispose([max, shifted, e, total, logSum]);
  return result;
}

function softmax(logits) {
  const logProbs = logProbabilities(logits);
  const probs = logProbs.exp();
  logProbs.dispose();
  return probs;
}

function crossEntropy(logits, labels) {
  const [n, k] = logits.shape;
  const logProbs = logProbabilities(logits);
  const flat = logProbs.reshape([n * k]);
  const offsets = tf.range(0, n * k, k, 'int32');
  const indices = offsets.add(labels);
  const picked = flat.gather(indices);
  const meanLogProb = picked.mean();
  const loss = meanLogProb.neg();
  tf.dispose([logProbs, flat, offsets, indices, picked, meanLogProb]);
  return loss;
}

const logits = tf.tensor2d([[1, 2, 3], [1000, 1001, 1002]]);
softmax(logits).print();
crossEntropy(logits, tf.tensor1d([2, 0], 'int32')).print();
