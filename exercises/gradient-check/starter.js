// The central-difference gradient of f at x [n], one coordinate at a time.
async function numericalGradient(f, x) {
  // TODO: for each i, (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h with a step h that suits float32.
  return tf.zerosLike(x);
}

// Whether the claimed gradient grad(x) agrees with the numerical one in every coordinate.
async function gradientCheck(f, grad, x) {
  // TODO: |gᵢ − nᵢ| ≤ 1e-3 + 1e-2·|nᵢ| for every i.
  return true;
}

// Try it on f(x) = Σ exp(x), whose gradient is exp(x) itself.
const f = async (t) => tf.tidy(() => t.exp().sum().dataSync()[0]);
const x = tf.tensor1d([0.1, -0.5, 1.2]);
(await numericalGradient(f, x)).print();
console.log(await gradientCheck(f, async (t) => t.exp(), x));
