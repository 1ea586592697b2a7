// Mistake: rows are the predicted class and columns the true one.
function confusionMatrix(labels, probabilities) {
  const k = probabilities.shape[1];
  const counts = Array.from({ length: k }, () => new Array(k).fill(0));
  const predicted = tf.tidy(() => probabilities.argMax(1).dataSync());
  labels.forEach((truth, i) => {
    counts[predicted[i]][truth] += 1;
  });
  return counts;
}
