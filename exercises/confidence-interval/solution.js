// Mean ± t·s/√n for the values of several seeds.
function confidenceInterval(values, t) {
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  // The sample standard deviation divides by n − 1: the mean was estimated from the same values.
  const s = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const half = t * s / Math.sqrt(n);
  return { mean, low: mean - half, high: mean + half };
}

// Is improved better than baseline, beyond seed noise? (Runs are paired by seed.)
function isRealGain(baseline, improved, t) {
  // Pairing by seed removes the seed-to-seed variation both runs share.
  const differences = improved.map((v, i) => v - baseline[i]);
  return confidenceInterval(differences, t).low > 0;
}

console.log(confidenceInterval([0.91, 0.93, 0.92, 0.95, 0.9], 2.776));
console.log(isRealGain([0.91, 0.93, 0.92, 0.95, 0.9], [0.92, 0.93, 0.93, 0.95, 0.91], 2.776));
