// Scale each column to mean 0 and standard deviation 1 — using the training statistics only.
function standardize(xTrain, xTest) {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(xTrain, 0);
    const std = variance.sqrt();
    // A constant column (std 0) is left unscaled instead of becoming NaN.
    const safeStd = tf.where(std.greater(1e-8), std, tf.onesLike(std));
    const scale = (x) => x.sub(mean).div(safeStd);
    return [scale(xTrain), scale(xTest)];
  });
}

const blobs = await data.load('blobs', { n: 200 });
const [train, test] = standardize(blobs.xTrain.mul(tf.tensor1d([1000, 0.01])), blobs.xTest.mul(tf.tensor1d([1000, 0.01])));
tf.moments(train, 0).variance.print();
