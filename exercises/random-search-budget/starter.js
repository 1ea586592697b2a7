// Random search: evaluate at most `budget` random settings drawn from `space`, return the best.
async function randomSearch(objective, space, budget) {
  let best = { params: null, score: -Infinity };
  for (let trial = 0; trial < budget; trial++) {
    const params = {};
    for (const [name, { min, max }] of Object.entries(space)) {
      // TODO: respect each knob's scale ('log' or 'int'). Uniform draws waste most trials.
      params[name] = min + Math.random() * (max - min);
    }
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
