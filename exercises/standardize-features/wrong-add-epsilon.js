// Wrong on purpose: divides by std + 0.001 (as batch normalisation adds an epsilon): no NaN, but
// a column that varies by about 0.001 is no longer scaled to standard deviation 1.
function standardize(xTrain, xTest) {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(xTrain, 0);
    const std = variance.sqrt().add(1e-3);
    return [xTrain.sub(mean).div(std), xTest.sub(mean).div(std)];
  });
}

const blobs = await data.load('blobs', { n: 200 });
const [train, test] = standardize(blobs.xTrain.mul(tf.tensor1d([1000, 0.01])), blobs.xTest.mul(tf.tensor1d([1000, 0.01])));
tf.moments(train, 0).variance.print();
