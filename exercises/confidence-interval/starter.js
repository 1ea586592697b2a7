// Mean ± t·s/√n for the values of several seeds.
function confidenceInterval(values, t) {
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  // The spread of the values. (Is this the sample standard deviation?)
  const s = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / n);
  const half = t * s / Math.sqrt(n);
  return { mean, low: mean - half, high: mean + half };
}

// Is improved better than baseline, beyond seed noise? (Runs are paired by seed.)
function isRealGain(baseline, improved, t) {
  // TODO: this only compares the means, which any seed noise can flip.
  const mean = (xs) => xs.reduce((a, v) => a + v, 0) / xs.length;
  return mean(improved) > mean(baseline);
}

console.log(confidenceInterval([0.91, 0.93, 0.92, 0.95, 0.9], 2.776));
console.log(isRealGain([0.91, 0.93, 0.92, 0.95, 0.9], [0.92, 0.93, 0.93, 0.95, 0.91], 2.776));
