// A model from images [n, 64] to the pretrained 'features' activations [n, 32], frozen.
async function featureExtractor() {
  const base = await models.load('digits-base');
  // A functional model may end at any layer: stop at 'features', before the old 0–9 head.
  const extractor = tf.model({ inputs: base.inputs, outputs: base.getLayer('features').output });
  for (const layer of extractor.layers) layer.trainable = false;
  return extractor;
}

const digits = await data.load('digits');
const extractor = await featureExtractor();
extractor.predict(digits.xTest.slice(0, 2)).print();
