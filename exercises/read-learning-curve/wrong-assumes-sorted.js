// Mistake: assumes the runs come sorted by size, so it reads the last two entries.
function diagnose({ sizes, trainAccuracy, validationAccuracy }) {
  const last = sizes.length - 1;
  const gap = trainAccuracy[last] - validationAccuracy[last];
  const stillRising = validationAccuracy[last] - validationAccuracy[last - 1] > 0.01;
  if (gap > 0.05) return stillRising ? 'more data' : 'regularize';
  if (trainAccuracy[last] < 0.9) return 'bigger model';
  return 'done';
}

console.log(diagnose({ sizes: [100, 200, 400, 800], trainAccuracy: [1, 1, 0.99, 0.99], validationAccuracy: [0.7, 0.78, 0.84, 0.88] }));
