// Hidden tests for feature-extractor. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

let extractor;
const learners = () => (extractor ??= learner.call('featureExtractor'));

/** The 'features' activations of the grader's own copy of digits-base. */
async function referenceFeatures(x) {
  const base = await models.load('digits-base');
  return tf.model({ inputs: base.inputs, outputs: base.getLayer('features').output }).predict(x);
}

test('maps [n, 64] images to [n, 32] features, for one image too', async () => {
  const { xTest } = await data.load('digits');
  const model = await learners();
  expect.shape(model.predict(xTest.slice(0, 5)), [5, 32], 'Your extractor’s output for 5 images');
  expect.shape(model.predict(xTest.slice(0, 1)), [1, 32], 'Your extractor’s output for a single image');
});

test('outputs exactly the pretrained features layer', async () => {
  const { xTest } = await data.load('digits');
  const x = xTest.slice(0, 40);
  const model = await learners();
  expect.allClose(model.predict(x), await referenceFeatures(x), { rtol: 1e-4, atol: 1e-5, what: 'Your features' });
});

test('outputs the pretrained features for any input in [0, 1], not only digits', async () => {
  const x = tf.randomUniform([16, 64], 0, 1, 'float32', 7);
  const model = await learners();
  expect.allClose(model.predict(x), await referenceFeatures(x), { rtol: 1e-4, atol: 1e-5, what: 'Your features of random images' });
});

test('every layer is frozen', async () => {
  const model = await learners();
  // Frozen layer by layer or as a whole (model.trainable = false): nothing is left to train.
  const trainable = model.layers.filter((layer) => layer.trainableWeights.length > 0).map((layer) => layer.name);
  expect.that(
    model.trainableWeights.length === 0,
    `These layers can still train: ${trainable.join(', ')}. Set trainable = false on each.`,
  );
});
