// Lists of positions per class, the first perClass of each, merged back into data order.
function balancedSubset(x, y, perClass, numClasses) {
  const byClass = Array.from({ length: numClasses }, () => []);
  y.dataSync().forEach((label, i) => byClass[label].push(i));
  const indices = byClass.flatMap((positions) => positions.slice(0, perClass)).sort((a, b) => a - b);
  const rows = tf.tensor1d(indices, 'int32');
  const result = [x.gather(rows), y.gather(rows)];
  rows.dispose();
  return result;
}

const digits = await data.load('digits');
const [xs, ys] = balancedSubset(digits.xTrain, digits.yTrain, 5, 10);
console.log('labels in the slice:', await ys.array());
