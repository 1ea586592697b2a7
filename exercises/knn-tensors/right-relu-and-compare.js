// Right, written differently: clip with relu, |b|² as a row via transpose, and count the votes by
// comparing every neighbour label with every class at once.
function squaredDistances(a, b) {
  return tf.tidy(() => {
    const rowNorms = tf.sum(tf.mul(a, a), 1).reshape([-1, 1]);
    const columnNorms = tf.sum(tf.mul(b, b), 1).reshape([-1, 1]).transpose();
    return tf.relu(rowNorms.add(columnNorms).sub(tf.matMul(a, b.transpose()).mul(2)));
  });
}

function knnPredict(xTrain, yTrain, xQuery, k, numClasses) {
  return tf.tidy(() => {
    const negated = tf.mul(squaredDistances(xQuery, xTrain), -1);
    const labels = tf.gather(yTrain, tf.topk(negated, k).indices);                  // [m, k]
    const classes = tf.range(0, numClasses, 1, 'int32').reshape([1, 1, numClasses]);
    const votes = tf.equal(labels.expandDims(2), classes).cast('float32').sum(1);    // [m, numClasses]
    return votes.argMax(-1).cast('int32');
  });
}

const moons = await data.load('moons', { n: 300 });
const predicted = knnPredict(moons.xTrain, moons.yTrain, moons.xTest, 7, moons.numClasses);
console.log('test accuracy:', predicted.equal(moons.yTest).mean().dataSync()[0]);
