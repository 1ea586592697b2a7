// Async: read the labels with await, keep positions with a running count per class.
async function balancedSubset(x, y, perClass, numClasses) {
  const labels = await y.data();
  const seen = new Map();
  const indices = [];
  for (let i = 0; i < labels.length; i++) {
    const count = seen.get(labels[i]) ?? 0;
    if (count >= perClass) continue;
    seen.set(labels[i], count + 1);
    indices.push(i);
  }
  return tf.tidy(() => [tf.gather(x, indices), tf.gather(y, indices)]);
}

const digits = await data.load('digits');
const [xs, ys] = await balancedSubset(digits.xTrain, digits.yTrain, 5, 10);
console.log('labels in the slice:', await ys.array());
