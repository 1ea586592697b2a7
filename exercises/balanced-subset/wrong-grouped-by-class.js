// Mistake: collects class 0's examples, then class 1's, …: balanced, but not in the data's order.
function balancedSubset(x, y, perClass, numClasses) {
  const labels = Array.from(y.dataSync());
  const indices = [];
  for (let c = 0; c < numClasses; c++) {
    indices.push(...labels.map((label, i) => (label === c ? i : -1)).filter((i) => i >= 0).slice(0, perClass));
  }
  return tf.tidy(() => {
    const rows = tf.tensor1d(indices, 'int32');
    return [tf.gather(x, rows), tf.gather(y, rows)];
  });
}

const digits = await data.load('digits');
const [xs, ys] = balancedSubset(digits.xTrain, digits.yTrain, 5, 10);
console.log('labels in the slice:', await ys.array());
