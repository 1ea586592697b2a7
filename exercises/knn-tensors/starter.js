// Squared Euclidean distances between the rows of a [m, d] and b [n, d]: a [m, n] tensor.
function squaredDistances(a, b) {
  return tf.tidy(() => {
    // TODO: use |a − b|² = |a|² + |b|² − 2 a·b, with one matMul for all pairs; clip at 0.
    return tf.zeros([a.shape[0], b.shape[0]]);
  });
}

// The majority label among the k nearest training rows of each query row (ties → smallest label).
function knnPredict(xTrain, yTrain, xQuery, k, numClasses) {
  return tf.tidy(() => {
    const d = squaredDistances(xQuery, xTrain);          // [m, n]
    // For now: the label of the single nearest training point (k is ignored). Make it vote.
    return tf.gather(yTrain, d.argMin(1)).toInt();
  });
}

const moons = await data.load('moons', { n: 300 });
const predicted = knnPredict(moons.xTrain, moons.yTrain, moons.xTest, 7, moons.numClasses);
console.log('test accuracy:', predicted.equal(moons.yTest).mean().dataSync()[0]);
