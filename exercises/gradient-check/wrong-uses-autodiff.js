// Mistake: the claimed gradient checked against tf.grad, the very autodiff a gradient check must
// not trust (and here f is not even a tensor function autodiff can see through).
// The step for a float32 f: it balances the truncation error h²|f'''|/6 against the rounding
// error ε|f|/h, so h* ≈ (3ε)^(1/3) with ε = 2^-24, scaled with the size of the coordinate.
const STEP = Math.cbrt(3 * 2 ** -24);   // ≈ 5.6e-3

// The central-difference gradient of f at x [n], one coordinate at a time.
async function numericalGradientOld(f, x) {
  const point = x.arraySync();
  const gradient = [];
  for (let i = 0; i < point.length; i++) {
    const h = STEP * Math.max(1, Math.abs(point[i]));
    const shifted = async (step) => {
      const t = tf.tensor1d(point.map((v, j) => (j === i ? v + step : v)));
      const value = await f(t);
      t.dispose();
      return value;
    };
    gradient.push((await shifted(h) - await shifted(-h)) / (2 * h));
  }
  return tf.tensor1d(gradient);
}

// Whether the claimed gradient grad(x) agrees with the numerical one in every coordinate.
async function gradientCheck(f, grad, x) {
  const numeric = await numericalGradient(f, x);
  const claimed = await grad(x);
  const [n, g] = [numeric.arraySync(), claimed.arraySync()];
  tf.dispose([numeric, claimed]);
  return n.every((ni, i) => Math.abs(g[i] - ni) <= 1e-3 + 1e-2 * Math.abs(ni));
}

// Try it on f(x) = Σ exp(x), whose gradient is exp(x) itself.
const f = async (t) => tf.tidy(() => t.exp().sum().dataSync()[0]);
const x = tf.tensor1d([0.1, -0.5, 1.2]);
(await numericalGradient(f, x)).print();
console.log(await gradientCheck(f, async (t) => t.exp(), x));

// The "numerical" gradient taken from autodiff of a local copy of the function.
async function numericalGradient(f, x) {
  const local = (t) => t.mul(1.5).exp().sum();
  return tf.grad(local)(x);
}
