// Mistake: forgets the 1/n of the mean, so L is n times too large and the rate n times too small.
function largestStableLearningRate(X) {
  const n = X.shape[0];
  const H = tf.tidy(() => X.transpose().matMul(X));
  let v = tf.ones([H.shape[0], 1]);
  let L = 0;
  for (let i = 0; i < 200; i++) {
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
