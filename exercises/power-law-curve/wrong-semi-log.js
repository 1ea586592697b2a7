// Mistake: takes the logarithm of the errors only, fitting an exponential e = a · exp(−b n).
function fitPowerLaw(sizes, errors) {
  const u = errors.map(Math.log);
  const mean = (xs) => xs.reduce((s, v) => s + v, 0) / xs.length;
  const [tBar, uBar] = [mean(sizes), mean(u)];
  let sxy = 0;
  let sxx = 0;
  sizes.forEach((ti, i) => {
    sxy += (ti - tBar) * (u[i] - uBar);
    sxx += (ti - tBar) ** 2;
  });
  const slope = sxy / sxx;
  return { a: Math.exp(uBar - slope * tBar), b: -slope };
}

// The smallest whole number of examples with predicted error ≤ targetError.
function sizeFor({ a, b }, targetError) {
  return Math.ceil((a / targetError) ** (1 / b));
}

const sizes = [72, 144, 360, 719, 1438];
const errors = [0.22, 0.15, 0.09, 0.065, 0.045];
const fit = fitPowerLaw(sizes, errors);
console.log(fit, "examples for 3 % error:", sizeFor(fit, 0.03));
