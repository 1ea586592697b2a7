// Mistake: rebuilds the slice with tf.tensor2d from plain rows, which only works when x is [n, d].
function balancedSubset(x, y, perClass, numClasses) {
  const rows = x.arraySync();
  const labels = Array.from(y.dataSync());
  const kept = new Array(numClasses).fill(0);
  const xRows = [];
  const yRows = [];
  labels.forEach((label, i) => {
    if (kept[label] < perClass) {
      kept[label] += 1;
      xRows.push(rows[i]);
      yRows.push(label);
    }
  });
  return [tf.tensor2d(xRows), tf.tensor1d(yRows, 'int32')];
}

const digits = await data.load('digits');
const [xs, ys] = balancedSubset(digits.xTrain, digits.yTrain, 5, 10);
console.log('labels in the slice:', await ys.array());
