// Right, written differently: the interval from a helper for the standard error, and the verdict as
// a t-test: the interval of the differences lies above 0 exactly when mean / SE exceeds t.
const average = (xs) => xs.reduce((a, v) => a + v, 0) / xs.length;
const standardError = (xs) => {
  const m = average(xs);
  return Math.sqrt(xs.reduce((a, v) => a + (v - m) * (v - m), 0) / (xs.length - 1) / xs.length);
};

function confidenceInterval(values, t) {
  const mean = average(values);
  const half = t * standardError(values);
  return { mean, low: mean - half, high: mean + half };
}

function isRealGain(baseline, improved, t) {
  const differences = improved.map((v, i) => v - baseline[i]);
  const se = standardError(differences);
  const mean = average(differences);
  return se === 0 ? mean > 0 : mean / se > t;
}
