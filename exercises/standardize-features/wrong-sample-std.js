// Wrong on purpose: the sample standard deviation (dividing by n − 1), where the task asks for
// the population form (dividing by n): the scaled training variance comes out (n − 1)/n.
function standardize(xTrain, xTest) {
  return tf.tidy(() => {
    const n = xTrain.shape[0];
    const mean = xTrain.mean(0);
    const std = xTrain.sub(mean).square().sum(0).div(Math.max(n - 1, 1)).sqrt();
    const safeStd = tf.where(std.greater(1e-8), std, tf.onesLike(std));
    return [xTrain.sub(mean).div(safeStd), xTest.sub(mean).div(safeStd)];
  });
}

const blobs = await data.load('blobs', { n: 200 });
const [train, test] = standardize(blobs.xTrain.mul(tf.tensor1d([1000, 0.01])), blobs.xTest.mul(tf.tensor1d([1000, 0.01])));
tf.moments(train, 0).variance.print();
