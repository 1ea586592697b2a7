// Wrong on purpose: the statistics of training and test rows together: the test set still leaks
// into the scaling.
function standardize(xTrain, xTest) {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(tf.concat([xTrain, xTest], 0), 0);
    const std = variance.sqrt();
    const safeStd = tf.where(std.greater(1e-8), std, tf.onesLike(std));
    return [xTrain.sub(mean).div(safeStd), xTest.sub(mean).div(safeStd)];
  });
}

const blobs = await data.load('blobs', { n: 200 });
const [train, test] = standardize(blobs.xTrain.mul(tf.tensor1d([1000, 0.01])), blobs.xTest.mul(tf.tensor1d([1000, 0.01])));
tf.moments(train, 0).variance.print();
