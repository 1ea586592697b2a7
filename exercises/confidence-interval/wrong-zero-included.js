// Wrong on purpose: accepts an interval that touches 0 (low ≥ 0), so runs that did not change at
// all count as a gain.
function confidenceInterval(values, t) {
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  const s = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const half = (t * s) / Math.sqrt(n);
  return { mean, low: mean - half, high: mean + half };
}

function isRealGain(baseline, improved, t) {
  return confidenceInterval(improved.map((v, i) => v - baseline[i]), t).low >= 0;
}
