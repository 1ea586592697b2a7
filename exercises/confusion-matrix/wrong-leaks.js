// Mistake: the argMax tensor is never freed.
function confusionMatrix(labels, probabilities) {
  const k = probabilities.shape[1];
  const counts = Array.from({ length: k }, () => new Array(k).fill(0));
  const predicted = probabilities.argMax(1).dataSync();
  labels.forEach((truth, i) => {
    counts[truth][predicted[i]] += 1;
  });
  return counts;
}
