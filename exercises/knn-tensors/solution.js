// Squared Euclidean distances between the rows of a [m, d] and b [n, d]: a [m, n] tensor.
function squaredDistances(a, b) {
  return tf.tidy(() => {
    const a2 = a.square().sum(1, true);                  // [m, 1]
    const b2 = b.square().sum(1).expandDims(0);          // [1, n]
    const ab = a.matMul(b, false, true);                 // [m, n]: every a_i · b_j at once
    return a2.add(b2).sub(ab.mul(2)).maximum(0);          // rounding can dip below 0: clip
  });
}

// The majority label among the k nearest training rows of each query row (ties → smallest label).
function knnPredict(xTrain, yTrain, xQuery, k, numClasses) {
  return tf.tidy(() => {
    const d = squaredDistances(xQuery, xTrain);                    // [m, n]
    const { indices } = tf.topk(d.neg(), k);                       // the k nearest: [m, k]
    const labels = tf.gather(yTrain, indices);                     // their labels: [m, k]
    const votes = tf.oneHot(labels, numClasses).sum(1);            // [m, numClasses]
    return votes.argMax(1).toInt();                                // first maximum = smallest label
  });
}

const moons = await data.load('moons', { n: 300 });
const predicted = knnPredict(moons.xTrain, moons.yTrain, moons.xTest, 7, moons.numClasses);
console.log('test accuracy:', predicted.equal(moons.yTest).mean().dataSync()[0]);
