// Wrong on purpose: right answers, but without tf.tidy every intermediate tensor (|a|², a·b, the
// votes…) stays in memory after each call.
function squaredDistances(a, b) {
  const a2 = a.square().sum(1, true);
  const b2 = b.square().sum(1).expandDims(0);
  return a2.add(b2).sub(a.matMul(b, false, true).mul(2)).maximum(0);
}

function knnPredict(xTrain, yTrain, xQuery, k, numClasses) {
  const { indices } = tf.topk(squaredDistances(xQuery, xTrain).neg(), k);
  return tf.oneHot(tf.gather(yTrain, indices), numClasses).sum(1).argMax(1).toInt();
}

const moons = await data.load('moons', { n: 300 });
const predicted = knnPredict(moons.xTrain, moons.yTrain, moons.xTest, 7, moons.numClasses);
console.log('test accuracy:', predicted.equal(moons.yTest).mean().dataSync()[0]);
