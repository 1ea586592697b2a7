// Mistake: the number of classes is read off the labels, so a class that never occurs is lost.
function confusionMatrix(labels, probabilities) {
  const k = Math.max(...labels) + 1;
  const counts = Array.from({ length: k }, () => new Array(k).fill(0));
  const predicted = tf.tidy(() => probabilities.argMax(1).dataSync());
  labels.forEach((truth, i) => {
    if (predicted[i] < k) counts[truth][predicted[i]] += 1;
  });
  return counts;
}
