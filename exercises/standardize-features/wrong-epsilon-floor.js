// Wrong on purpose: a floor of 1e-8 under the standard deviation keeps the training set finite,
// but a test value that differs from a constant column is divided by 1e-8 and explodes.
function standardize(xTrain, xTest) {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(xTrain, 0);
    const std = variance.sqrt().maximum(1e-8);
    return [xTrain.sub(mean).div(std), xTest.sub(mean).div(std)];
  });
}

const blobs = await data.load('blobs', { n: 200 });
const [train, test] = standardize(blobs.xTrain.mul(tf.tensor1d([1000, 0.01])), blobs.xTest.mul(tf.tensor1d([1000, 0.01])));
tf.moments(train, 0).variance.print();
