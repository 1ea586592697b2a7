// 2 / (largest eigenvalue of XᵀX / n): the largest stable learning rate for least squares on X.
function largestStableLearningRate(X, rounds = 200) {
  const n = X.shape[0];
  const H = tf.tidy(() => X.transpose().matMul(X).div(n));         // the Hessian, [d, d]
  let v = tf.ones([H.shape[0], 1]);
  let L = 0;
  for (let i = 0; i < rounds; i++) {
    // Power iteration: multiplying by H stretches v most along the top eigenvector.
    const next = tf.tidy(() => {
      const Hv = H.matMul(v);
      L = Hv.norm().dataSync()[0];
      return Hv.div(L);
    });
    v.dispose();
    v = next;
  }
  tf.dispose([H, v]);
  return 2 / L;
}

const digits = await data.load('digits');
console.log('largest stable learning rate:', largestStableLearningRate(digits.xTrain));
