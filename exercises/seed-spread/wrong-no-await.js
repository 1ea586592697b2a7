// Wrong on purpose: forgets that train is async. Each "accuracy" is a promise, not a number,
// so the summary is computed from promises (NaN).
async function summarizeSeeds(train, seeds) {
  const values = seeds.map((seed) => train(seed));
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const min = Math.min(...values);
  return { mean, std, min, max: Math.max(...values), worstSeed: seeds[values.indexOf(min)] };
}
