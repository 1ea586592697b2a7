// What to do next, from a learning curve: 'more data', 'regularize', 'bigger model' or 'done'.
function diagnose({ sizes, trainAccuracy, validationAccuracy }) {
  // The runs may come in any order: find the largest and the next-largest size.
  const bySize = sizes.map((size, i) => ({ size, i })).sort((p, q) => p.size - q.size);
  const last = bySize[bySize.length - 1].i;
  const previous = bySize[bySize.length - 2].i;
  const gap = trainAccuracy[last] - validationAccuracy[last];
  const stillRising = validationAccuracy[last] - validationAccuracy[previous] > 0.01;
  // High variance: fits the training set far better than new data.
  if (gap > 0.05) return stillRising ? 'more data' : 'regularize';
  // High bias: cannot even fit the data it trains on.
  if (trainAccuracy[last] < 0.9) return 'bigger model';
  return 'done';
}

console.log(diagnose({ sizes: [100, 200, 400, 800], trainAccuracy: [1, 1, 0.99, 0.99], validationAccuracy: [0.7, 0.78, 0.84, 0.88] }));
