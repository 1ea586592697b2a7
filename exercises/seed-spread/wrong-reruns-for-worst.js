// Wrong on purpose: trains once for the statistics and then again to find the worst seed:
// every seed is trained twice, doubling the cost of the experiment.
async function summarizeSeeds(train, seeds) {
  const values = [];
  for (const seed of seeds) values.push(await train(seed));
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  let worstSeed = seeds[0];
  let worst = Infinity;
  for (const seed of seeds) {
    const accuracy = await train(seed);
    if (accuracy < worst) [worst, worstSeed] = [accuracy, seed];
  }
  return { mean, std, min: Math.min(...values), max: Math.max(...values), worstSeed };
}
