// Wrong on purpose: each set is scaled by its own mean and standard deviation, so the test set's
// numbers leak into its scaling (and a model sees test points on a different scale).
function standardize(xTrain, xTest) {
  return tf.tidy(() => {
    const scale = (x) => {
      const { mean, variance } = tf.moments(x, 0);
      const std = variance.sqrt();
      return x.sub(mean).div(tf.where(std.greater(1e-8), std, tf.onesLike(std)));
    };
    return [scale(xTrain), scale(xTest)];
  });
}

const blobs = await data.load('blobs', { n: 200 });
const [train, test] = standardize(blobs.xTrain.mul(tf.tensor1d([1000, 0.01])), blobs.xTest.mul(tf.tensor1d([1000, 0.01])));
tf.moments(train, 0).variance.print();
