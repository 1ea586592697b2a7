// Mistake: returns the slope itself as b, forgetting that error = a · n^(−b) has a minus sign.
function fitPowerLaw(sizes, errors) {
  const t = sizes.map(Math.log);
  const u = errors.map(Math.log);
  const mean = (xs) => xs.reduce((s, v) => s + v, 0) / xs.length;
  const [tBar, uBar] = [mean(t), mean(u)];
  let sxy = 0;
  let sxx = 0;
  t.forEach((ti, i) => {
    sxy += (ti - tBar) * (u[i] - uBar);
    sxx += (ti - tBar) ** 2;
  });
  const slope = sxy / sxx;
  return { a: Math.exp(uBar - slope * tBar), b: slope };
}

// The smallest whole number of examples with predicted error ≤ targetError.
function sizeFor({ a, b }, targetError) {
  return Math.ceil((a / targetError) ** (1 / b));
}

const sizes = [72, 144, 360, 719, 1438];
const errors = [0.22, 0.15, 0.09, 0.065, 0.045];
const fit = fitPowerLaw(sizes, errors);
console.log(fit, "examples for 3 % error:", sizeFor(fit, 0.03));
