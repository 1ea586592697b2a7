// The first perClass examples of every class, in their original order.
function balancedSubset(x, y, perClass, numClasses) {
  // TODO: this takes the first rows, whatever their classes. Count per class instead.
  const count = Math.min(perClass * numClasses, x.shape[0]);
  return [x.slice(0, count), y.slice(0, count)];
}

const digits = await data.load('digits');
const [xs, ys] = balancedSubset(digits.xTrain, digits.yTrain, 5, 10);
console.log('labels in the slice:', await ys.array());
