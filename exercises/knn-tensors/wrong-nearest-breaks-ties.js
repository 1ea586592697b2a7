// Wrong on purpose: breaks a tie between classes in favour of the nearest neighbour's class
// (each vote weighs a little more the nearer it is), where the task asks for the smallest label.
function squaredDistances(a, b) {
  return tf.tidy(() => {
    const a2 = a.square().sum(1, true);
    const b2 = b.square().sum(1).expandDims(0);
    return a2.add(b2).sub(a.matMul(b, false, true).mul(2)).maximum(0);
  });
}

function knnPredict(xTrain, yTrain, xQuery, k, numClasses) {
  return tf.tidy(() => {
    const { indices } = tf.topk(squaredDistances(xQuery, xTrain).neg(), k);
    // Weights 1 + 0.001·(k − rank): the nearest neighbour's vote counts a hair more.
    const weights = tf.range(k, 0, -1).mul(0.001).add(1).reshape([1, k, 1]);
    return tf.oneHot(tf.gather(yTrain, indices), numClasses).mul(weights).sum(1).argMax(1).toInt();
  });
}

const moons = await data.load('moons', { n: 300 });
const predicted = knnPredict(moons.xTrain, moons.yTrain, moons.xTest, 7, moons.numClasses);
console.log('test accuracy:', predicted.equal(moons.yTest).mean().dataSync()[0]);
