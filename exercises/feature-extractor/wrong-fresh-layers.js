// Mistake: layers of the right shapes and names, but new ones: random weights, nothing pretrained.
async function featureExtractor() {
  await models.load('digits-base');
  return tf.sequential({ layers: [
    tf.layers.dense({ inputShape: [64], units: 64, activation: 'relu', name: 'hidden', trainable: false }),
    tf.layers.dense({ units: 32, activation: 'relu', name: 'features', trainable: false }),
  ] });
}
