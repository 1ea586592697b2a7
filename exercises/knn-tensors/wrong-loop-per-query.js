// Wrong on purpose: right answers, but one query point at a time in a JavaScript loop, where the
// task asks for whole-tensor code (the loop is as slow as the number of points).
function squaredDistances(a, b) {
  return tf.tidy(() => {
    const rows = [];
    for (let i = 0; i < a.shape[0]; i++) rows.push(b.sub(a.slice([i, 0], [1, -1])).square().sum(1));
    return tf.stack(rows);
  });
}

function knnPredict(xTrain, yTrain, xQuery, k, numClasses) {
  return tf.tidy(() => {
    const { indices } = tf.topk(squaredDistances(xQuery, xTrain).neg(), k);
    return tf.oneHot(tf.gather(yTrain, indices), numClasses).sum(1).argMax(1).toInt();
  });
}

const moons = await data.load('moons', { n: 300 });
const predicted = knnPredict(moons.xTrain, moons.yTrain, moons.xTest, 7, moons.numClasses);
console.log('test accuracy:', predicted.equal(moons.yTest).mean().dataSync()[0]);
