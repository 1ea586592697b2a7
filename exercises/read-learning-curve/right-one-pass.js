// One pass keeps the positions of the largest and the next-largest size.
function diagnose({ sizes, trainAccuracy, validationAccuracy }) {
  let last = -1;
  let previous = -1;
  for (let i = 0; i < sizes.length; i++) {
    if (last === -1 || sizes[i] > sizes[last]) {
      previous = last;
      last = i;
    } else if (previous === -1 || sizes[i] > sizes[previous]) {
      previous = i;
    }
  }
  const overfits = trainAccuracy[last] - validationAccuracy[last] > 0.05;
  const rising = validationAccuracy[last] - validationAccuracy[previous] > 0.01;
  switch (true) {
    case overfits && rising:
      return 'more data';
    case overfits:
      return 'regularize';
    case trainAccuracy[last] < 0.9:
      return 'bigger model';
    default:
      return 'done';
  }
}

console.log(diagnose({ sizes: [100, 200, 400, 800], trainAccuracy: [1, 1, 0.99, 0.99], validationAccuracy: [0.7, 0.78, 0.84, 0.88] }));
