// Fit in base-10 logarithms (the same line, scaled), and count sizes up until one is enough.
function fitPowerLaw(sizes, errors) {
  const points = sizes.map((n, i) => [Math.log10(n), Math.log10(errors[i])]);
  const m = points.length;
  const meanT = points.reduce((s, [t]) => s + t, 0) / m;
  const meanU = points.reduce((s, [, u]) => s + u, 0) / m;
  let num = 0;
  let den = 0;
  for (const [t, u] of points) {
    num += (t - meanT) * (u - meanU);
    den += (t - meanT) * (t - meanT);
  }
  const slope = num / den;
  return { a: 10 ** (meanU - slope * meanT), b: -slope };
}

function sizeFor(fit, targetError) {
  let n = 1;
  while (fit.a * n ** -fit.b > targetError) n += 1;
  return n;
}

const sizes = [72, 144, 360, 719, 1438];
const errors = [0.22, 0.15, 0.09, 0.065, 0.045];
const fit = fitPowerLaw(sizes, errors);
console.log(fit, "examples for 3 % error:", sizeFor(fit, 0.03));
