// Mistake: returns the safest step 1/L (the descent lemma's best guaranteed decrease), not the limit 2/L.
function largestStableLearningRate(X) {
  const n = X.shape[0];
  const H = tf.tidy(() => X.transpose().matMul(X).div(n));
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
  return 1 / L;
}

const digits = await data.load('digits');
console.log('largest stable learning rate:', largestStableLearningRate(digits.xTrain));
