// The lesson's affine quantization of one tensor's values, read back as float32.
function quantizeValues(values, bits) {
  const L = 2 ** bits;   // 2^bits levels
  let lo = 0, hi = 0;                               // starting at 0 widens the range to hold 0
  for (const w of values) { lo = Math.min(lo, w); hi = Math.max(hi, w); }
  const scale = (hi - lo) / L || 1;
  const min = -Math.round(-lo / scale) * scale;     // 0 reads back as exactly 0
  return Float32Array.from(values, (w) => Math.min(L, Math.max(0, Math.round((w - min) / scale))) * scale + min);
}

const accuracyOf = (model, x, y) => tf.tidy(() => model.predict(x).argMax(1).equal(y).mean().dataSync()[0]);

async function fewestBits(model, x, y, budget) {
  const original = model.getWeights().map((w) => ({ values: w.dataSync().slice(), shape: w.shape }));
  const target = accuracyOf(model, x, y) - budget;
  for (let bits = 1; bits <= 8; bits++) {
    // Write the quantized weights into the model, and measure it.
    model.setWeights(original.map(({ values, shape }) => tf.tensor(quantizeValues(values, bits), shape)));
    if (accuracyOf(model, x, y) >= target) return { bits, model };
  }
  model.setWeights(original.map(({ values, shape }) => tf.tensor(quantizeValues(values, 8), shape)));
  return { bits: 8, model };
}

// Try it on the shipped digits-base model.
const digits = await data.load('digits');
const base = await models.load('digits-base');
console.log('accuracy before:', accuracyOf(base, digits.xTest, digits.yTest));
const { bits, model: small } = await fewestBits(base, digits.xTest, digits.yTest, 0.02);
console.log('fewest bits within two points:', bits, '· accuracy after:', accuracyOf(small, digits.xTest, digits.yTest));
