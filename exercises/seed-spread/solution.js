// Run train(seed) for every seed and summarise the accuracies.
async function summarizeSeeds(train, seeds) {
  const results = [];
  for (const seed of seeds) results.push({ seed, accuracy: await train(seed) });
  const values = results.map((r) => r.accuracy);
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));   // sample std
  const worst = results.reduce((a, r) => (r.accuracy < a.accuracy ? r : a));
  return { mean, std, min: Math.min(...values), max: Math.max(...values), worstSeed: worst.seed };
}

// Try it with a made-up experiment whose accuracy depends a little on the seed.
const fakeTrain = async (s) => 0.95 + 0.01 * Math.sin(s);
console.log(await summarizeSeeds(fakeTrain, [1, 2, 3, 4, 5]));
