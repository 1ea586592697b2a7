// Wrong on purpose: reports the position of the worst run in the list, not the seed that gave it.
async function summarizeSeeds(train, seeds) {
  const values = [];
  for (const seed of seeds) values.push(await train(seed));
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const min = Math.min(...values);
  return { mean, std, min, max: Math.max(...values), worstSeed: values.indexOf(min) };
}
