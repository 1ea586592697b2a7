// Right, written differently: one pass for Σx and Σx², the variance as (Σx² − n·mean²) / (n − 1).
function confidenceInterval(values, t) {
  let sum = 0;
  let sumSquares = 0;
  for (const v of values) {
    sum += v;
    sumSquares += v * v;
  }
  const n = values.length;
  const mean = sum / n;
  const variance = Math.max(0, (sumSquares - n * mean * mean) / (n - 1));
  const standardError = Math.sqrt(variance / n);
  return { mean, low: mean - t * standardError, high: mean + t * standardError };
}

function isRealGain(baseline, improved, t) {
  const differences = [];
  for (let i = 0; i < baseline.length; i++) differences.push(improved[i] - baseline[i]);
  return confidenceInterval(differences, t).low > 0;
}
