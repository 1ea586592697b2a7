// Right, another way: freeze the base model's layers first, then build a functional model that
// reuses them on a new input.
async function featureExtractor() {
  const base = await models.load('digits-base');
  base.layers.forEach((layer) => { layer.trainable = false; });
  const input = tf.input({ shape: [64] });
  const features = base.getLayer('features').apply(base.getLayer('hidden').apply(input));
  return tf.model({ inputs: input, outputs: features });
}
