// Right, written differently: the distances straight from the differences, broadcast to
// [m, n, d] (more memory, but never negative), and the votes counted with tf.denseBincount.
function squaredDistances(a, b) {
  return tf.tidy(() => tf.sum(tf.square(tf.sub(tf.expandDims(a, 1), tf.expandDims(b, 0))), 2));
}

function knnPredict(xTrain, yTrain, xQuery, k, numClasses) {
  return tf.tidy(() => {
    const nearest = tf.topk(tf.neg(squaredDistances(xQuery, xTrain)), k).indices;
    const votes = tf.denseBincount(tf.gather(yTrain, nearest), tf.tensor1d([], 'float32'), numClasses);
    return tf.cast(tf.argMax(votes, 1), 'int32');
  });
}

const moons = await data.load('moons', { n: 300 });
const predicted = knnPredict(moons.xTrain, moons.yTrain, moons.xTest, 7, moons.numClasses);
console.log('test accuracy:', predicted.equal(moons.yTest).mean().dataSync()[0]);
