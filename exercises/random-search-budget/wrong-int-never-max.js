// Mistake: Math.floor(Math.random() * (max - min)) never reaches max.
function draw({ min, max, scale }) {
  if (scale === 'log') return 10 ** (Math.log10(min) + Math.random() * (Math.log10(max) - Math.log10(min)));
  return min + Math.floor(Math.random() * (max - min));
}

async function randomSearch(objective, space, budget) {
  let best = { params: null, score: -Infinity };
  for (let trial = 0; trial < budget; trial++) {
    const params = {};
    for (const [name, knob] of Object.entries(space)) params[name] = draw(knob);
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
