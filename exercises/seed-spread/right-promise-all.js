// Right, written differently: all seeds at once with Promise.all, then a sort to find the extremes.
async function summarizeSeeds(train, seeds) {
  const accuracies = await Promise.all(seeds.map((seed) => train(seed)));
  const runs = seeds.map((seed, i) => ({ seed, accuracy: accuracies[i] })).sort((a, b) => a.accuracy - b.accuracy);
  const n = runs.length;
  const mean = accuracies.reduce((a, v) => a + v, 0) / n;
  const variance = accuracies.reduce((a, v) => a + (v - mean) * (v - mean), 0) / (n - 1);
  return { mean, std: Math.sqrt(variance), min: runs[0].accuracy, max: runs[n - 1].accuracy, worstSeed: runs[0].seed };
}
