// Right, written differently: Welford's running mean and variance, updated as each seed finishes.
async function summarizeSeeds(train, seeds) {
  let count = 0;
  let mean = 0;
  let m2 = 0;                                   // sum of squared deviations from the running mean
  let min = Infinity;
  let max = -Infinity;
  let worstSeed;
  for (const seed of seeds) {
    const accuracy = await train(seed);
    count += 1;
    const delta = accuracy - mean;
    mean += delta / count;
    m2 += delta * (accuracy - mean);
    if (accuracy < min) [min, worstSeed] = [accuracy, seed];
    if (accuracy > max) max = accuracy;
  }
  return { mean, std: Math.sqrt(m2 / (count - 1)), min, max, worstSeed };
}
