// Mistake: an overfitting curve that stopped rising falls through to the other rules.
function diagnose({ sizes, trainAccuracy, validationAccuracy }) {
  const order = sizes.map((_, i) => i).sort((p, q) => sizes[p] - sizes[q]);
  const [previous, last] = order.slice(-2);
  const gap = trainAccuracy[last] - validationAccuracy[last];
  const stillRising = validationAccuracy[last] - validationAccuracy[previous] > 0.01;
  if (gap > 0.05 && stillRising) return 'more data';
  if (trainAccuracy[last] < 0.9) return 'bigger model';
  return 'done';
}

console.log(diagnose({ sizes: [100, 200, 400, 800], trainAccuracy: [1, 1, 0.99, 0.99], validationAccuracy: [0.7, 0.78, 0.84, 0.88] }));
