// Mistake: sorts with the default sort(), which compares numbers as text ("100" < "50").
function diagnose({ sizes, trainAccuracy, validationAccuracy }) {
  const sorted = [...sizes].sort();
  const last = sizes.indexOf(sorted[sorted.length - 1]);
  const previous = sizes.indexOf(sorted[sorted.length - 2]);
  const gap = trainAccuracy[last] - validationAccuracy[last];
  const stillRising = validationAccuracy[last] - validationAccuracy[previous] > 0.01;
  if (gap > 0.05) return stillRising ? 'more data' : 'regularize';
  if (trainAccuracy[last] < 0.9) return 'bigger model';
  return 'done';
}

console.log(diagnose({ sizes: [100, 200, 400, 800], trainAccuracy: [1, 1, 0.99, 0.99], validationAccuracy: [0.7, 0.78, 0.84, 0.88] }));
