// Hidden tests for random-search-budget. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).
// The objective runs here, in the grader: every call the learner's search makes is counted here.

const space = { learningRate: { min: 1e-4, max: 1, scale: 'log' }, units: { min: 1, max: 128, scale: 'int' } };

/** An objective that records every setting it is asked about. */
function recordingObjective(score) {
  const calls = [];
  const objective = (params) => {
    const value = score(params);
    calls.push({ params, value });
    return value;
  };
  return { objective, calls };
}

const bowl = ({ learningRate, units }) => -((Math.log10(learningRate) + 2.5) ** 2) - ((units - 48) / 32) ** 2;

test('never evaluates more settings than the budget', async () => {
  const { objective, calls } = recordingObjective(bowl);
  await learner.call('randomSearch', objective, space, 12);
  expect.that(calls.length <= 12, `Your search evaluated ${calls.length} settings; the budget is 12.`);
});

test('a budget of 1 evaluates one setting and returns it', async () => {
  const { objective, calls } = recordingObjective(bowl);
  const result = await learner.call('randomSearch', objective, space, 1);
  expect.equal(calls.length, 1, 'The number of settings your search evaluated with a budget of 1');
  expect.that(result !== null && typeof result === 'object' && result.params !== null && typeof result.params === 'object',
    'randomSearch should return { params, score } with the params of the setting it evaluated.');
  expect.allClose([result.params.learningRate, result.params.units, result.score], [calls[0].params.learningRate, calls[0].params.units, calls[0].value],
    { what: 'The params and score you returned (those of the one setting evaluated)' });
});

test('returns the best setting it evaluated, with its score', async () => {
  const { objective, calls } = recordingObjective(bowl);
  const result = await learner.call('randomSearch', objective, space, 15);
  const best = calls.reduce((a, b) => (b.value > a.value ? b : a));
  expect.that(result !== null && typeof result === 'object' && 'params' in result && 'score' in result,
    'randomSearch should return { params, score }.');
  expect.allClose(result.score, best.value, { what: 'The score you returned (the best of the scores the objective gave you)' });
  expect.allClose([result.params.learningRate, result.params.units], [best.params.learningRate, best.params.units],
    { what: 'The params you returned (those of the best score)' });
});

test('draws each knob on its scale: log-uniform learning rate, whole-number units in range', async () => {
  const { objective, calls } = recordingObjective(() => 0);
  await learner.call('randomSearch', objective, space, 200);
  const rates = calls.map((c) => c.params.learningRate);
  const units = calls.map((c) => c.params.units);
  expect.that(rates.every((r) => r >= 1e-4 && r <= 1), 'Some learning rates fall outside [1e-4, 1].');
  expect.that(units.every((u) => Number.isInteger(u) && u >= 1 && u <= 128), 'units should be whole numbers from 1 to 128 (both included).');
  // Log-uniform on [1e-4, 1]: half the draws fall below 0.01 (uniform draws: about 1 in 100).
  const below = rates.filter((r) => r < 0.01).length / rates.length;
  expect.that(below > 0.35 && below < 0.65,
    `${Math.round(below * 100)} % of your learning rates are below 0.01; drawn log-uniformly it would be about 50 %. Draw the exponent uniformly: 10 ** (log10(min) + Math.random() * (log10(max) − log10(min))).`);
  const high = units.filter((u) => u > 64).length / units.length;
  expect.that(high > 0.35 && high < 0.65, `${Math.round(high * 100)} % of your units are above 64; drawn uniformly from 1–128 it would be about 50 %.`);
});

test('finds a good region of the objective within a budget of 60 (best score ≥ −0.5)', async () => {
  const { objective } = recordingObjective(bowl);
  const result = await learner.call('randomSearch', objective, space, 60);
  expect.atLeast(result.score, -0.5, 'The best score your search found');
});

test('whole numbers: both ends included, each value about equally often', async () => {
  const { objective, calls } = recordingObjective(() => 0);
  await learner.call('randomSearch', objective, { units: { min: 3, max: 5, scale: 'int' } }, 300);
  const share = (u) => calls.filter((c) => c.params.units === u).length / calls.length;
  expect.that(calls.every((c) => [3, 4, 5].includes(c.params.units)), 'units from { min: 3, max: 5 } should be 3, 4 or 5.');
  const [three, four, five] = [share(3), share(4), share(5)];
  expect.that(three > 0.2 && five > 0.2, `Of your units from 3 to 5, ${Math.round(three * 100)} % are 3 and ${Math.round(five * 100)} % are 5; drawn uniformly with both ends included each is about 33 %.`);
  expect.that(four < 0.45, `${Math.round(four * 100)} % of your units from 3 to 5 are 4; drawn uniformly it would be about 33 % (rounding min + u · (max − min) gives the ends only half a share).`);
});

test('any knob names, each drawn on its own scale', async () => {
  const { objective, calls } = recordingObjective(() => 0);
  const other = { decay: { min: 1e-3, max: 1e-1, scale: 'log' }, layers: { min: 1, max: 4, scale: 'int' } };
  await learner.call('randomSearch', objective, other, 100);
  expect.that(calls.length > 0 && calls.every((c) => Object.keys(c.params).sort().join() === 'decay,layers'),
    `Each setting should have exactly the knobs of the space (decay, layers); one had: ${calls.length ? Object.keys(calls[0].params).join(', ') : 'no call'}.`);
  expect.that(calls.every((c) => c.params.decay >= 1e-3 && c.params.decay <= 1e-1), 'Some decay values fall outside [1e-3, 1e-1].');
  expect.that(calls.every((c) => Number.isInteger(c.params.layers) && c.params.layers >= 1 && c.params.layers <= 4), 'layers should be whole numbers from 1 to 4.');
  const below = calls.filter((c) => c.params.decay < 1e-2).length / calls.length;
  expect.that(below > 0.3 && below < 0.7, `${Math.round(below * 100)} % of your decay values are below 1e-2; drawn log-uniformly from 1e-3 to 1e-1 it would be about 50 %.`);
});
