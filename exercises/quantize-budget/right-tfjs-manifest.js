// Let tfjs do the reading back: save the model, write each weight as uint8 codes with its scale and
// min in the manifest (as the lesson's int8 per tensor file), and load it with tf.loadLayersModel.
async function quantizedCopy(model, bits) {
  const L = 2 ** bits - 1;
  let artifacts;
  await model.save(tf.io.withSaveHandler(async (a) => { artifacts = a; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const all = new Float32Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData));
  const codes = new Uint8Array(all.length);
  let offset = 0;
  const weightSpecs = artifacts.weightSpecs.map((spec) => {
    const n = spec.shape.reduce((a, b) => a * b, 1);
    const values = all.subarray(offset, offset + n);
    const lo = Math.min(0, ...values), hi = Math.max(0, ...values);
    const scale = (hi - lo) / L || 1;
    const min = -Math.round(-lo / scale) * scale;
    values.forEach((w, k) => { codes[offset + k] = Math.min(L, Math.max(0, Math.round((w - min) / scale))); });
    offset += n;
    return { ...spec, quantization: { dtype: 'uint8', scale, min } };
  });
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: artifacts.modelTopology, weightSpecs, weightData: codes.buffer }));
}

const accuracyOf = (model, x, y) => tf.tidy(() => model.predict(x).argMax(1).equal(y).mean().dataSync()[0]);

async function fewestBits(model, x, y, budget) {
  const bar = accuracyOf(model, x, y) - budget;
  for (let bits = 1; bits < 8; bits++) {
    const copy = await quantizedCopy(model, bits);
    if (accuracyOf(copy, x, y) >= bar) return { bits, model: copy };
    copy.dispose();
  }
  return { bits: 8, model: await quantizedCopy(model, 8) };
}
// Try it on the shipped digits-base model.
const digits = await data.load('digits');
const base = await models.load('digits-base');
console.log('accuracy before:', accuracyOf(base, digits.xTest, digits.yTest));
const { bits, model: small } = await fewestBits(base, digits.xTest, digits.yTest, 0.02);
console.log('fewest bits within two points:', bits, '· accuracy after:', accuracyOf(small, digits.xTest, digits.yTest));
