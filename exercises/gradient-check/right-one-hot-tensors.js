// Central differences with tensor operations: the shifted points are x ± h·oneHot(i), with one
// fixed step for all coordinates; the check compares whole tensors at once.
const h = 5e-3;

async function numericalGradient(f, x) {
  const n = x.shape[0];
  const parts = [];
  for (let i = 0; i < n; i++) {
    const direction = tf.tidy(() => tf.oneHot(tf.tensor1d([i], 'int32'), n).reshape([n]).mul(h));
    const up = x.add(direction);
    const down = x.sub(direction);
    parts.push((await f(up) - await f(down)) / (2 * h));
    tf.dispose([direction, up, down]);
  }
  return tf.tensor1d(parts);
}

async function gradientCheck(f, grad, x) {
  const numeric = await numericalGradient(f, x);
  const claimed = await grad(x);
  const allowed = tf.tidy(() => numeric.abs().mul(1e-2).add(1e-3));
  const gap = tf.tidy(() => claimed.sub(numeric).abs());
  const ok = tf.tidy(() => gap.lessEqual(allowed).all().dataSync()[0] === 1);
  tf.dispose([numeric, claimed, allowed, gap]);
  return ok;
}

const f = async (t) => tf.tidy(() => t.exp().sum().dataSync()[0]);
const x = tf.tensor1d([0.1, -0.5, 1.2]);
(await numericalGradient(f, x)).print();
console.log(await gradientCheck(f, async (t) => t.exp(), x));
