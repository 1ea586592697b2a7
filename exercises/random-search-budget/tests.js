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
  expect.that(calls.length >= 10, `Your search evaluated only ${calls.length} settings of a budget of 12: use the budget.`);
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
