// Right, another way: a new sequential model with the pretrained weights copied in, frozen.
async function featureExtractor() {
  const base = await models.load('digits-base');
  const extractor = tf.sequential();
  extractor.add(tf.layers.dense({ inputShape: [64], units: 64, activation: 'relu', trainable: false }));
  extractor.add(tf.layers.dense({ units: 32, activation: 'relu', trainable: false }));
  extractor.layers[0].setWeights(base.getLayer('hidden').getWeights());
  extractor.layers[1].setWeights(base.getLayer('features').getWeights());
  return extractor;
}
