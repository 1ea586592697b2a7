// Wrong on purpose: divides by n (the population formula). The mean was estimated from the same
// values, so this understates the spread and the interval is too narrow.
function confidenceInterval(values, t) {
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  const s = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / n);
  const half = (t * s) / Math.sqrt(n);
  return { mean, low: mean - half, high: mean + half };
}

function isRealGain(baseline, improved, t) {
  return confidenceInterval(improved.map((v, i) => v - baseline[i]), t).low > 0;
}
