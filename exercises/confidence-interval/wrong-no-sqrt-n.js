// Wrong on purpose: uses the standard deviation itself as the error of the mean (t · s instead of
// t · s / √n): the interval is √n times too wide.
function confidenceInterval(values, t) {
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  const s = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  return { mean, low: mean - t * s, high: mean + t * s };
}

function isRealGain(baseline, improved, t) {
  return confidenceInterval(improved.map((v, i) => v - baseline[i]), t).low > 0;
}
