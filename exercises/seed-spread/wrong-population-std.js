// Wrong on purpose: divides by n, the population formula, which understates the spread of a few seeds.
async function summarizeSeeds(train, seeds) {
  const values = [];
  for (const seed of seeds) values.push(await train(seed));
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / n);
  const min = Math.min(...values);
  return { mean, std, min, max: Math.max(...values), worstSeed: seeds[values.indexOf(min)] };
}
