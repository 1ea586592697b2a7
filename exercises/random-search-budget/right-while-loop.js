// A while loop that counts evaluations, and an int drawn by truncation of a shifted uniform.
async function randomSearch(objective, space, budget) {
  let evaluations = 0;
  let best = null;
  while (evaluations < budget) {
    const params = {};
    for (const name of Object.keys(space)) {
      const { min, max, scale } = space[name];
      const u = Math.random();
      params[name] = scale === 'int' ? Math.trunc(min + u * (max - min + 1)) : min * (max / min) ** u;
    }
    const score = await objective(params);
    evaluations += 1;
    if (best === null || score > best.score) best = { params, score };
  }
  return best;
}

// Try it on a made-up objective whose best point is learningRate = 0.003, units = 48.
const objective = async ({ learningRate, units }) =>
  -((Math.log10(learningRate) + 2.5) ** 2) - ((units - 48) / 32) ** 2;
const space = { learningRate: { min: 1e-4, max: 1, scale: 'log' }, units: { min: 1, max: 128, scale: 'int' } };
console.log(await randomSearch(objective, space, 30));
