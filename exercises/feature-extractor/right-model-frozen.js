// Frozen as a whole: model.trainable = false leaves no weight to train.
async function featureExtractor() {
  const base = await models.load('digits-base');
  const extractor = tf.model({ inputs: base.inputs, outputs: base.getLayer('features').output });
  extractor.trainable = false;
  return extractor;
}
