// Mistake: the int32 index tensor is never disposed, so every call leaves a tensor behind.
function balancedSubset(x, y, perClass, numClasses) {
  const labels = y.dataSync();
  const kept = new Array(numClasses).fill(0);
  const indices = [];
  labels.forEach((label, i) => {
    if (kept[label] < perClass) {
      kept[label] += 1;
      indices.push(i);
    }
  });
  const rows = tf.tensor1d(indices, 'int32');
  return [tf.gather(x, rows), tf.gather(y, rows)];
}

const digits = await data.load('digits');
const [xs, ys] = balancedSubset(digits.xTrain, digits.yTrain, 5, 10);
console.log('labels in the slice:', await ys.array());
