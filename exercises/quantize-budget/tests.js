// Hidden tests for quantize-budget. Globals: test, expect, learner, tf, data, ml (see docs/grading-api.md).
// The model is the shipped digits-base; the grader quantizes with its own copy of the prompt's formulas.
// Tensors are freed after each test, so what is kept between tests is plain arrays.

const build = async (weights) => {
  const model = await models.load('digits-base');
  if (weights) model.setWeights(weights.map(({ values, shape }) => tf.tensor(values, shape)));
  return model;
};
const arraysOf = (model) => model.getWeights().map((w) => ({ values: w.dataSync().slice(), shape: w.shape }));
const testSet = async () => {
  const { xTest, yTest } = await data.load('digits');
  return { x: xTest, y: yTest };
};

let trained;
/** The shipped digits-base model's weights, as arrays. */
function original() {
  trained ??= build().then(arraysOf);
  return trained;
}

/** The prompt's per-tensor quantization: the values read back, and the step s. */
function reference(values, bits) {
  const L = 2 ** bits - 1;
  let lo = 0, hi = 0;
  for (const w of values) { lo = Math.min(lo, w); hi = Math.max(hi, w); }
  const scale = (hi - lo) / L || 1;
  const min = -Math.round(-lo / scale) * scale;
  return { scale, back: Float32Array.from(values, (w) => Math.min(L, Math.max(0, Math.round((w - min) / scale))) * scale + min) };
}

const answers = new Map();
/** The learner's answer for a budget, asked once per budget: { bits, weights } (arrays). */
function answer(budget) {
  if (!answers.has(budget)) {
    answers.set(budget, (async () => {
      const { x, y } = await testSet();
      const result = await learner.call('fewestBits', (await build(await original())), x, y, budget);
      expect.that(result && typeof result === 'object' && 'bits' in result && 'model' in result, 'fewestBits should return an object { bits, model }.');
      expect.that(Number.isInteger(result.bits) && result.bits >= 1 && result.bits <= 8, `bits should be a whole number from 1 to 8, but it is ${result.bits}.`);
      expect.that(result.model instanceof tf.LayersModel, 'The model in { bits, model } should be a tf.LayersModel (the quantized digits model).');
      return { bits: result.bits, weights: arraysOf(result.model) };
    })());
  }
  return answers.get(budget);
}

test('each weight tensor holds at most 2^bits values, each within s/2 of the original', async () => {
  const { bits, weights } = await answer(0.02);
  const originals = await original();
  const names = ['hidden kernel', 'hidden bias', 'features kernel', 'features bias', 'digit kernel', 'digit bias'];
  expect.equal(weights.length, originals.length, 'The number of weight tensors of your model');
  weights.forEach(({ values }, i) => {
    const w = originals[i].values;
    const distinct = new Set(values).size;
    expect.that(distinct <= 2 ** bits, `${names[i]} holds ${distinct} different values, but ${bits} bits give at most ${2 ** bits}: quantize every weight tensor.`);
    const { scale } = reference(w, bits);
    let worst = 0;
    for (let k = 0; k < w.length; k++) worst = Math.max(worst, Math.abs(values[k] - w[k]));
    expect.atMost(worst / (scale / 2), 1 + 1e-4, `The largest error of ${names[i]}, in half-steps s/2 of ${bits} bits per tensor,`);
  });
}, { timeout: 10_000 });

// Budgets chosen so that no answer sits on a tie. digits-base on the 359 test digits: 0.783 in
// float32; per tensor 1 bit 0.100, 2 bits 0.209, 3 bits 0.663, 4 bits 0.788. So 4 bits are 9 images
// inside a budget of 0.02 and 3 bits 35 outside it; 3 bits are 11 images inside 0.15.
for (const budget of [0.02, 0.15]) {
  test(`stays within a budget of ${budget} on the given images`, async () => {
    const { weights } = await answer(budget);
    const { x, y } = await testSet();
    const before = ml.accuracy((await build(await original())), x, y);
    expect.atLeast(ml.accuracy(await build(weights), x, y), before - budget,
      `Accuracy of your quantized model (the original's is ${before.toFixed(3)}, the budget ${budget})`);
  }, { timeout: 10_000 });

  test(`one bit fewer would break a budget of ${budget}`, async () => {
    const { bits } = await answer(budget);
    if (bits === 1) return;
    const { x, y } = await testSet();
    const originals = await original();
    const before = ml.accuracy(await build(originals), x, y);
    const fewer = await build(originals.map(({ values, shape }) => ({ values: reference(values, bits - 1).back, shape })));
    const accuracy = ml.accuracy(fewer, x, y);
    expect.that(accuracy < before - budget,
      `With ${bits - 1} bits the model's accuracy is ${accuracy.toFixed(3)}, still within the budget (${(before - budget).toFixed(3)} or more): ${bits} is not the fewest. Try the bits from 1 upwards.`);
  }, { timeout: 10_000 });
}
