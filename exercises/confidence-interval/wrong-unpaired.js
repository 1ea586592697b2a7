// Wrong on purpose: ignores the pairing. It calls the gain real when the two sets' intervals do not
// overlap, so the seed-to-seed spread that both runs of a seed share hides a consistent gain.
function confidenceInterval(values, t) {
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  const s = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const half = (t * s) / Math.sqrt(n);
  return { mean, low: mean - half, high: mean + half };
}

function isRealGain(baseline, improved, t) {
  return confidenceInterval(improved, t).low > confidenceInterval(baseline, t).high;
}
