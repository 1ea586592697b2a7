// Wrong on purpose: right numbers, but one column at a time in a JavaScript loop, where the task
// asks for whole-tensor code.
function standardize(xTrain, xTest) {
  return tf.tidy(() => {
    const trainColumns = [];
    const testColumns = [];
    for (let j = 0; j < xTrain.shape[1]; j++) {
      const column = xTrain.slice([0, j], [-1, 1]);
      const { mean, variance } = tf.moments(column);
      const std = variance.sqrt();
      const safeStd = tf.where(std.greater(1e-8), std, tf.onesLike(std));
      trainColumns.push(column.sub(mean).div(safeStd));
      testColumns.push(xTest.slice([0, j], [-1, 1]).sub(mean).div(safeStd));
    }
    return [tf.concat(trainColumns, 1), tf.concat(testColumns, 1)];
  });
}

const blobs = await data.load('blobs', { n: 200 });
const [train, test] = standardize(blobs.xTrain.mul(tf.tensor1d([1000, 0.01])), blobs.xTest.mul(tf.tensor1d([1000, 0.01])));
tf.moments(train, 0).variance.print();
