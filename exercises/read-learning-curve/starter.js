// What to do next, from a learning curve: 'more data', 'regularize', 'bigger model' or 'done'.
function diagnose({ sizes, trainAccuracy, validationAccuracy }) {
  // TODO: apply the four rules in order. This only looks at the validation accuracy of the last entry.
  const last = validationAccuracy[validationAccuracy.length - 1];
  return last < 0.9 ? 'more data' : 'done';
}

console.log(diagnose({ sizes: [100, 200, 400, 800], trainAccuracy: [1, 1, 0.99, 0.99], validationAccuracy: [0.7, 0.78, 0.84, 0.88] }));
