// Solve the 2 × 2 normal equations from raw sums, in float32 tensors.
function fitPowerLaw(sizes, errors) {
  const [sT, sU, sTT, sTU] = tf.tidy(() => {
    const t = tf.tensor1d(sizes).log();
    const u = tf.tensor1d(errors).log();
    return [t.sum(), u.sum(), t.square().sum(), t.mul(u).sum()].map((s) => s.dataSync()[0]);
  });
  const m = sizes.length;
  const slope = (m * sTU - sT * sU) / (m * sTT - sT * sT);
  const intercept = (sU - slope * sT) / m;
  return { a: Math.exp(intercept), b: -slope };
}

// Invert with exp and log, then step to the smallest size that is enough.
function sizeFor({ a, b }, targetError) {
  const enough = (n) => a * n ** -b <= targetError;
  let n = Math.max(1, Math.round(Math.exp(Math.log(a / targetError) / b)));
  while (n > 1 && enough(n - 1)) n -= 1;
  while (!enough(n)) n += 1;
  return n;
}

const sizes = [72, 144, 360, 719, 1438];
const errors = [0.22, 0.15, 0.09, 0.065, 0.045];
const fit = fitPowerLaw(sizes, errors);
console.log(fit, "examples for 3 % error:", sizeFor(fit, 0.03));
