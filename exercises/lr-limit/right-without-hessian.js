// Power iteration without forming H: H v = Xᵀ(X v) / n. Stop when the Rayleigh quotient settles.
function largestStableLearningRate(X) {
  const n = X.shape[0];
  let v = tf.tidy(() => tf.randomUniform([X.shape[1], 1], 0.5, 1.5).div(Math.sqrt(X.shape[1])));
  let L = 0;
  for (let round = 0; round < 2000; round++) {
    const [next, estimate] = tf.tidy(() => {
      const Hv = X.transpose().matMul(X.matMul(v)).div(n);
      const rayleigh = v.transpose().matMul(Hv).div(v.square().sum()).dataSync()[0];
      return [Hv.div(Hv.norm()), rayleigh];
    });
    v.dispose();
    v = next;
    const settled = Math.abs(estimate - L) < 1e-9 * Math.abs(estimate);
    L = estimate;
    if (settled) break;
  }
  v.dispose();
  return 2 / L;
}

const digits = await data.load('digits');
console.log('largest stable learning rate:', largestStableLearningRate(digits.xTrain));
