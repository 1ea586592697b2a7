// Draw the whole plan first (natural logarithms this time), then run it and keep the best index.
async function randomSearch(objective, space, budget) {
  const drawKnob = ({ min, max, scale }) =>
    scale === 'log'
      ? Math.exp(Math.log(min) + Math.random() * Math.log(max / min))
      : Math.min(max, min + Math.floor(Math.random() * (max - min + 1)));
  const plan = Array.from({ length: budget }, () =>
    Object.fromEntries(Object.entries(space).map(([name, knob]) => [name, drawKnob(knob)])));
  const scores = [];
  for (const params of plan) scores.push(await objective(params));
  const bestIndex = scores.indexOf(Math.max(...scores));
  return { params: plan[bestIndex], score: scores[bestIndex] };
}

// Try it on a made-up objective whose best point is learningRate = 0.003, units = 48.
const objective = async ({ learningRate, units }) =>
  -((Math.log10(learningRate) + 2.5) ** 2) - ((units - 48) / 32) ** 2;
const space = { learningRate: { min: 1e-4, max: 1, scale: 'log' }, units: { min: 1, max: 128, scale: 'int' } };
console.log(await randomSearch(objective, space, 30));
