// Per-tensor affine quantization with tensor ops, on a fresh copy of the model for each try.
function quantized(w, bits) {
  const L = 2 ** bits - 1;
  return tf.tidy(() => {
    const lo = Math.min(0, w.min().dataSync()[0]);
    const hi = Math.max(0, w.max().dataSync()[0]);
    const scale = hi > lo ? (hi - lo) / L : 1;
    const zero = Math.round(-lo / scale);            // the code of 0
    return w.div(scale).round().add(zero).clipByValue(0, L).sub(zero).mul(scale);
  });
}

const accuracyOf = (model, x, y) => tf.tidy(() => model.predict(x).argMax(1).equal(y).mean().dataSync()[0]);

async function fewestBits(model, x, y, budget) {
  const bar = accuracyOf(model, x, y) - budget;
  let copy;
  for (let bits = 1; bits <= 8; bits++) {
    copy = tf.sequential({ layers: model.layers.map((layer) => tf.layers.dense(layer.getConfig())) });
    copy.setWeights(model.getWeights().map((w) => quantized(w, bits)));
    if (accuracyOf(copy, x, y) >= bar) return { bits, model: copy };
  }
  return { bits: 8, model: copy };
}
// Try it on the shipped digits-base model.
const digits = await data.load('digits');
const base = await models.load('digits-base');
console.log('accuracy before:', accuracyOf(base, digits.xTest, digits.yTest));
const { bits, model: small } = await fewestBits(base, digits.xTest, digits.yTest, 0.02);
console.log('fewest bits within two points:', bits, '· accuracy after:', accuracyOf(small, digits.xTest, digits.yTest));
