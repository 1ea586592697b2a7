// 2 / (largest eigenvalue of XᵀX / n): the largest stable learning rate for least squares on X.
function largestStableLearningRate(X) {
  return tf.tidy(() => {
    const n = X.shape[0];
    const H = X.transpose().matMul(X).div(n);
    // The trace (the sum of all eigenvalues) is at least L, so 2 / trace is safe — but too cautious.
    // TODO: find L itself by power iteration.
    const trace = H.mul(tf.eye(H.shape[0])).sum().dataSync()[0];
    return 2 / trace;
  });
}

const digits = await data.load('digits');
console.log('largest stable learning rate:', largestStableLearningRate(digits.xTrain));
