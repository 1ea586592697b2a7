// A model from images [n, 64] to the pretrained 'features' activations [n, 32], frozen.
async function featureExtractor() {
  const base = await models.load('digits-base');
  // TODO: this returns the whole model, whose output is the 0–9 digit probabilities [n, 10].
  return base;
}

const digits = await data.load('digits');
const extractor = await featureExtractor();
extractor.predict(digits.xTest.slice(0, 2)).print();
