// Hidden tests for seed-spread. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).
// train(seed) runs here in the grader: it records each seed it is called with.

const ACCURACY = { 3: 0.951, 7: 0.962, 11: 0.944, 19: 0.958, 23: 0.949 };

test('runs every seed exactly once', async () => {
  const called = [];
  await learner.call('summarizeSeeds', (seed) => { called.push(seed); return ACCURACY[seed]; }, [3, 7, 11, 19, 23]);
  expect.equal([...called].sort((a, b) => a - b), [3, 7, 11, 19, 23], 'The seeds your function trained with');
});

test('reports mean, sample standard deviation, min and max', async () => {
  const result = await learner.call('summarizeSeeds', (seed) => ACCURACY[seed], [3, 7, 11, 19, 23]);
  const values = Object.values(ACCURACY);
  const mean = values.reduce((a, v) => a + v, 0) / 5;
  const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / 4);
  expect.allClose([result.mean, result.min, result.max], [mean, 0.944, 0.962], { rtol: 1e-9, what: 'Your [mean, min, max]' });
  expect.allClose(result.std, std, { rtol: 1e-6, what: 'Your standard deviation (sample form, n − 1)' });
});

test('names the worst seed, not its position', async () => {
  const result = await learner.call('summarizeSeeds', (seed) => ACCURACY[seed], [3, 7, 11, 19, 23]);
  expect.equal(result.worstSeed, 11, 'Your worst seed');
});
