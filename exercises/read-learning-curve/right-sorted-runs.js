// Gather the runs as records, sort them by size, and read the two largest.
function diagnose({ sizes, trainAccuracy, validationAccuracy }) {
  const runs = sizes
    .map((size, i) => ({ size, train: trainAccuracy[i], validation: validationAccuracy[i] }))
    .sort((p, q) => q.size - p.size);                 // largest first
  const [largest, next] = runs;
  const gap = largest.train - largest.validation;
  if (gap > 0.05 && largest.validation > next.validation + 0.01) return 'more data';
  if (gap > 0.05) return 'regularize';
  return largest.train < 0.9 ? 'bigger model' : 'done';
}

console.log(diagnose({ sizes: [100, 200, 400, 800], trainAccuracy: [1, 1, 0.99, 0.99], validationAccuracy: [0.7, 0.78, 0.84, 0.88] }));
