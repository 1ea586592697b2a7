const accuracyOf = (model, x, y) => tf.tidy(() => model.predict(x).argMax(1).equal(y).mean().dataSync()[0]);

// Return { bits, model }: the fewest bits (1–8) of per-tensor affine quantization that keep the
// model's accuracy on x, y within `budget` of the original's, and the quantized model.
async function fewestBits(model, x, y, budget) {
  // Your code: for bits = 1, 2, …, quantize every weight tensor, measure, and stop when within budget.
  return { bits: 8, model };
}
// Try it on the shipped digits-base model.
const digits = await data.load('digits');
const base = await models.load('digits-base');
console.log('accuracy before:', accuracyOf(base, digits.xTest, digits.yTest));
const { bits, model: small } = await fewestBits(base, digits.xTest, digits.yTest, 0.02);
console.log('fewest bits within two points:', bits, '· accuracy after:', accuracyOf(small, digits.xTest, digits.yTest));
