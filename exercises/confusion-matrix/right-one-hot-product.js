// The confusion matrix as a product of one-hot matrices: oneHot(labels)ᵀ · oneHot(predicted).
function confusionMatrix(labels, probabilities) {
  const k = probabilities.shape[1];
  const counts = tf.tidy(() => {
    const truth = tf.oneHot(tf.tensor1d(labels, 'int32'), k).cast('float32');
    const guess = tf.oneHot(probabilities.argMax(1), k).cast('float32');
    return truth.transpose().matMul(guess).arraySync();
  });
  return counts.map((row) => row.map((c) => Math.round(c)));
}
