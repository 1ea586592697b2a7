// Hidden tests for prune-and-recover. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).
// The grader trains a 64 → 32 → 10 model on 30 training images per digit; the learner's function
// prunes and fine-tunes it on the same images; the grader scores it on the held-out digits.
// Tensors are freed after each test, so what is kept between tests is plain arrays.

const SPARSITY = 0.8;
const BAR = 0.87;
const arraysOf = (model) => model.getWeights().map((w) => ({ values: w.dataSync().slice(), shape: w.shape }));
function build(weights) {
  const model = tf.sequential({ layers: [
    tf.layers.dense({ inputShape: [64], units: 32, activation: 'relu' }),
    tf.layers.dense({ units: 10, activation: 'softmax' }),
  ] });
  if (weights) model.setWeights(weights.map(({ values, shape }) => tf.tensor(values, shape)));
  return model;
}

let trained;
/** The model before pruning, trained by the grader on the same 300 images (as arrays). */
function original() {
  trained ??= (async () => {
    const { xTrain, yTrain } = await data.load('digits', { trainPerClass: 30 });
    const model = build();
    await ml.train(model, xTrain, yTrain, { epochs: 12, batchSize: 32, learningRate: 0.02, seed: 1 });
    return arraysOf(model);
  })();
  return trained;
}

let answer;
/** The learner's model (as arrays) and the optimizer steps their fine-tuning took. */
function learners() {
  answer ??= (async () => {
    const { xTrain, yTrain } = await data.load('digits', { trainPerClass: 30 });
    const { value, steps, totalSteps } = await learner.watchTraining('pruneAndRecover', build(await original()), xTrain, yTrain);
    expect.that(value instanceof tf.LayersModel, 'pruneAndRecover should return the pruned, fine-tuned tf.LayersModel.');
    return { weights: arraysOf(value), steps, totalSteps };
  })();
  return answer;
}
const KERNELS = [[0, 'first'], [2, 'second']];

test('returns a model from 64 pixels to 10 probabilities', async () => {
  const model = build((await learners()).weights);
  const { xTest } = await data.load('digits');
  expect.shape(model.predict(xTest.slice(0, 3)), [3, 10], 'Your model’s output for 3 images');
}, { timeout: 15_000 });

test('at least 80 % of each kernel’s weights are exactly 0', async () => {
  const { weights } = await learners();
  for (const [i, name] of KERNELS) {
    const values = weights[i].values;
    const zeros = values.filter((w) => w === 0).length;
    expect.atLeast(zeros, Math.floor(SPARSITY * values.length), `The number of exact zeros in the ${name} kernel (of ${values.length}; apply the mask again after every fine-tuning step)`);
  }
}, { timeout: 15_000 });

test('the pruned weights stay 0 at every fine-tuning step', async () => {
  const { steps, totalSteps } = await learners();
  expect.that(totalSteps > 0, 'pruneAndRecover took no training step: fine-tune the pruned model on x and y (model.fit, or optimizer.minimize in a loop).');
  steps.forEach((step, k) => {
    for (const { shape, zeros } of step.filter((v) => v.shape.length === 2)) {
      const size = shape[0] * shape[1];
      const name = shape[0] === 64 ? 'first' : 'second';
      expect.that(zeros >= Math.floor(SPARSITY * size), `Training step ${k + 1} of ${totalSteps} started from a ${name} kernel with only ${zeros} of its ${size} weights at 0: the pruned weights had grown back since the step before, so the weights you keep were fine-tuned beside ones you then throw away. Apply the mask again after every step (in a callback’s onBatchEnd, or after each optimizer.minimize), not once at the end.`);
    }
  });
}, { timeout: 15_000 });

test('the weights kept are the ones largest in magnitude before pruning', async () => {
  const { weights } = await learners();
  const before0 = await original();
  for (const [i, name] of KERNELS) {
    const before = before0[i].values.map(Math.abs);
    const cut = [...before].sort((a, b) => a - b)[Math.floor(0.75 * before.length)];
    const small = weights[i].values.findIndex((w, k) => w !== 0 && before[k] < cut);
    expect.that(small < 0, `In the ${name} kernel, weight ${small} is kept, but before pruning it was among the smallest 75 % in magnitude (|w| = ${before[small]?.toFixed(4)}): prune the weights nearest 0.`);
  }
}, { timeout: 15_000 });

test(`reaches accuracy ≥ ${BAR} on the held-out digits`, async () => {
  const model = build((await learners()).weights);
  const { xTest, yTest } = await data.load('digits');
  expect.atLeast(ml.accuracy(model, xTest, yTest), BAR, 'Accuracy of your pruned model on the held-out digits');
}, { timeout: 15_000 });

