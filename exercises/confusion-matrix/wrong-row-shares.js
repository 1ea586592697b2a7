// Mistake: each row is divided by its total (the share of each prediction), not left as counts.
function confusionMatrix(labels, probabilities) {
  const k = probabilities.shape[1];
  const counts = Array.from({ length: k }, () => new Array(k).fill(0));
  const predicted = tf.tidy(() => probabilities.argMax(1).dataSync());
  labels.forEach((truth, i) => {
    counts[truth][predicted[i]] += 1;
  });
  return counts.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return total ? row.map((c) => c / total) : row;
  });
}
