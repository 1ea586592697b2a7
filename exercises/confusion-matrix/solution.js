// counts[t][p]: how many examples of true class t were predicted as class p.
// labels: array of n classes. probabilities: tensor [n, k].
function confusionMatrix(labels, probabilities) {
  const k = probabilities.shape[1];
  const counts = Array.from({ length: k }, () => new Array(k).fill(0));
  const predictedTensor = probabilities.argMax(1);
  const predicted = predictedTensor.dataSync();
  predictedTensor.dispose();
  labels.forEach((truth, i) => {
    counts[truth][predicted[i]] += 1;
  });
  return counts;
}

const probabilities = tf.tensor2d([[0.8, 0.1, 0.1], [0.2, 0.7, 0.1], [0.6, 0.3, 0.1], [0.1, 0.1, 0.8]]);
console.log(confusionMatrix([0, 1, 1, 2], probabilities)); // [[1, 0, 0], [1, 1, 0], [0, 0, 1]]
probabilities.dispose();
