// Mistake: hard-codes the two knobs of the example instead of reading the space.
async function randomSearch(objective, space, budget) {
  const { learningRate: lr, units: u } = space;
  let best = { params: null, score: -Infinity };
  for (let trial = 0; trial < budget; trial++) {
    const params = {
      learningRate: 10 ** (Math.log10(lr.min) + Math.random() * (Math.log10(lr.max) - Math.log10(lr.min))),
      units: u.min + Math.floor(Math.random() * (u.max - u.min + 1)),
    };
    const score = await objective(params);
    if (score > best.score) best = { params, score };
  }
  return best;
}

// Try it on a made-up objective whose best point is learningRate = 0.003, units = 48.
const objective = async ({ learningRate, units }) =>
  -((Math.log10(learningRate) + 2.5) ** 2) - ((units - 48) / 32) ** 2;
const space = { learningRate: { min: 1e-4, max: 1, scale: 'log' }, units: { min: 1, max: 128, scale: 'int' } };
console.log(await randomSearch(objective, space, 30));
