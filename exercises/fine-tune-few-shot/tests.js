// Hidden tests for fine-tune-few-shot. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).
// The learner's training function runs on the 25 training images only; the grader scores the result on held-out images.

let tuned;
const task = () => data.load('digits', { classes: [5, 6, 7, 8, 9], trainPerClass: 5 });
function learnersModel() {
  tuned ??= (async () => {
    const { xTrain, yTrain } = await task();
    return learner.call('fineTune', xTrain, yTrain.sub(tf.scalar(5, 'int32')));
  })();
  return tuned;
}

test('returns a model from 64 pixels to 5 probabilities', async () => {
  const model = await learnersModel();
  const { xTest } = await task();
  const probs = model.predict(xTest.slice(0, 4));
  expect.shape(probs, [4, 5], 'Your model’s output for 4 images');
  expect.rowsSumTo(probs, 1, { atol: 1e-4, what: 'your model’s output (end with a 5-way softmax)' });
  expect.shape(model.predict(xTest.slice(0, 1)), [1, 5], 'Your model’s output for a single image');
}, { timeout: 20_000 });

test('reaches accuracy ≥ 0.93 on the held-out digits 5–9', async () => {
  const model = await learnersModel();
  const { xTest, yTest } = await task();
  expect.atLeast(ml.accuracy(model, xTest, yTest.sub(tf.scalar(5, 'int32'))), 0.93, 'Accuracy on the held-out digits 5–9');
}, { timeout: 20_000 });

test('was fine-tuned from digits-base, not trained from scratch', async () => {
  const model = await learnersModel();
  const names = model.layers.map((layer) => layer.name);
  expect.that(names.includes('hidden'), `Your model has no layer named 'hidden' (it has ${names.join(', ')}). Build it from digits-base's layers.`);
  const base = await models.load('digits-base');
  const [pretrained] = base.getLayer('hidden').getWeights();
  const [yours] = model.getLayer('hidden').getWeights();
  const drift = yours.sub(pretrained).norm().dataSync()[0] / pretrained.norm().dataSync()[0];
  expect.atMost(drift, 1, "How far your 'hidden' weights moved from the pretrained ones (relative to their size)");
}, { timeout: 20_000 });
