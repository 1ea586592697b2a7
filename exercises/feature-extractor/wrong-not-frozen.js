// Mistake: the right outputs, but the layers can still train.
async function featureExtractor() {
  const base = await models.load('digits-base');
  return tf.model({ inputs: base.inputs, outputs: base.getLayer('features').output });
}
