// Mistake: freezes the base model's layers after building a copy of the network from them
// into new layers, so the returned model's own layers stay trainable.
async function featureExtractor() {
  const base = await models.load('digits-base');
  const copy = tf.sequential({ layers: [
    tf.layers.dense({ inputShape: [64], units: 64, activation: 'relu' }),
    tf.layers.dense({ units: 32, activation: 'relu' }),
  ] });
  copy.layers[0].setWeights(base.getLayer('hidden').getWeights());
  copy.layers[1].setWeights(base.getLayer('features').getWeights());
  base.layers.forEach((layer) => { layer.trainable = false; });
  return copy;
}
