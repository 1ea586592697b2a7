// A grid on log T, zoomed in around its best point again and again, the NLL computed with tensors.
function nllAt(logits, labels, T) {
  return tf.tidy(() => {
    const logProbs = tf.logSoftmax(logits.div(T));
    const picked = logProbs.mul(tf.oneHot(tf.tensor1d(labels, 'int32'), logits.shape[1])).sum(1);
    return -picked.mean().dataSync()[0];
  });
}

function fitTemperature(logits, labels) {
  let [lo, hi] = [Math.log(0.05), Math.log(20)];
  let best = 0;
  for (let round = 0; round < 8; round++) {
    const step = (hi - lo) / 10;
    let bestNll = Infinity;
    for (let j = 0; j <= 10; j++) {
      const nll = nllAt(logits, labels, Math.exp(lo + j * step));
      if (nll < bestNll) [bestNll, best] = [nll, lo + j * step];
    }
    [lo, hi] = [best - step, best + step];
  }
  return Math.exp(best);
}
