// Central differences from plain arrays, dividing by the step actually taken once x ± h is
// rounded to float32 (Math.fround), as the lesson's check does; the check stops at the first
// coordinate that disagrees.
async function numericalGradient(f, x) {
  const values = Array.from(x.dataSync());
  const result = new Float32Array(values.length);
  for (const [i, v] of values.entries()) {
    const h = 1e-2 * Math.max(1, Math.abs(v));
    const [up, down] = [Math.fround(v + h), Math.fround(v - h)];
    const at = async (value) => {
      const copy = values.slice();
      copy[i] = value;
      const t = tf.tensor1d(copy);
      try {
        return await f(t);
      } finally {
        t.dispose();
      }
    };
    result[i] = (await at(up) - await at(down)) / (up - down);
  }
  return tf.tensor1d(result);
}

async function gradientCheck(f, grad, x) {
  const numericTensor = await numericalGradient(f, x);
  const claimedTensor = await grad(x);
  const numeric = numericTensor.dataSync();
  const claimed = claimedTensor.dataSync();
  numericTensor.dispose();
  claimedTensor.dispose();
  for (let i = 0; i < numeric.length; i++) {
    if (!(Math.abs(claimed[i] - numeric[i]) <= 1e-3 + 1e-2 * Math.abs(numeric[i]))) return false;
  }
  return true;
}

const f = async (t) => tf.tidy(() => t.exp().sum().dataSync()[0]);
const x = tf.tensor1d([0.1, -0.5, 1.2]);
(await numericalGradient(f, x)).print();
console.log(await gradientCheck(f, async (t) => t.exp(), x));
