// Mistake: stops one layer early, at 'hidden' (64 numbers), instead of at 'features'.
async function featureExtractor() {
  const base = await models.load('digits-base');
  const extractor = tf.model({ inputs: base.inputs, outputs: base.getLayer('hidden').output });
  for (const layer of extractor.layers) layer.trainable = false;
  return extractor;
}
