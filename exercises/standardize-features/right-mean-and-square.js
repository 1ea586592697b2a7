// Right, written differently: mean and variance by hand, and only an exactly constant column
// (standard deviation 0) is left divided by 1.
function standardize(xTrain, xTest) {
  return tf.tidy(() => {
    const mean = tf.mean(xTrain, 0);
    const std = tf.sqrt(tf.mean(tf.square(tf.sub(xTrain, mean)), 0));
    const divisor = tf.where(tf.equal(std, 0), tf.onesLike(std), std);
    return [tf.div(tf.sub(xTrain, mean), divisor), tf.div(tf.sub(xTest, mean), divisor)];
  });
}

const blobs = await data.load('blobs', { n: 200 });
const [train, test] = standardize(blobs.xTrain.mul(tf.tensor1d([1000, 0.01])), blobs.xTest.mul(tf.tensor1d([1000, 0.01])));
tf.moments(train, 0).variance.print();
