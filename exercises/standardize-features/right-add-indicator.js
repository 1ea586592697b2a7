// Right, written differently: add 1 to the standard deviation of (nearly) constant columns only,
// and keep the statistics as [1, d] rows.
function standardize(xTrain, xTest) {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(xTrain, 0, true);   // keepDims: [1, d]
    const std = tf.sqrt(variance);
    const divisor = std.add(std.lessEqual(1e-6).cast('float32'));
    const scaled = (x) => x.sub(mean).div(divisor);
    return [scaled(xTrain), scaled(xTest)];
  });
}

const blobs = await data.load('blobs', { n: 200 });
const [train, test] = standardize(blobs.xTrain.mul(tf.tensor1d([1000, 0.01])), blobs.xTest.mul(tf.tensor1d([1000, 0.01])));
tf.moments(train, 0).variance.print();
