// Mistake: makes every class the same size, cutting all classes down to the smallest one.
function balancedSubset(x, y, perClass, numClasses) {
  const labels = Array.from(y.dataSync());
  const sizes = new Array(numClasses).fill(0);
  for (const label of labels) sizes[label] += 1;
  const each = Math.min(perClass, ...sizes.filter((s) => s > 0));
  const kept = new Array(numClasses).fill(0);
  const indices = [];
  labels.forEach((label, i) => {
    if (kept[label] < each) {
      kept[label] += 1;
      indices.push(i);
    }
  });
  return tf.tidy(() => {
    const rows = tf.tensor1d(indices, 'int32');
    return [tf.gather(x, rows), tf.gather(y, rows)];
  });
}

const digits = await data.load('digits');
const [xs, ys] = balancedSubset(digits.xTrain, digits.yTrain, 5, 10);
console.log('labels in the slice:', await ys.array());
