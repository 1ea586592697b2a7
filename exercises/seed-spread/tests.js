// Hidden tests for seed-spread. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).
// train(seed) runs here in the grader: it records each seed it is called with.

const ACCURACY = { 3: 0.951, 7: 0.962, 11: 0.944, 19: 0.958, 23: 0.949 };

/** Fails with the likely cause when the summary holds something other than numbers. */
function expectNumbers(result) {
  expect.that(result !== null && typeof result === 'object', 'summarizeSeeds should return an object { mean, std, min, max, worstSeed }.');
  for (const key of ['mean', 'std', 'min', 'max']) {
    expect.that(typeof result[key] === 'number' && Number.isFinite(result[key]),
      `Your ${key} is ${String(result[key])}, not a number. train is async: each accuracy is a promise until you await it (const accuracy = await train(seed)).`);
  }
}

test('runs every seed exactly once', async () => {
  const called = [];
  await learner.call('summarizeSeeds', (seed) => { called.push(seed); return ACCURACY[seed]; }, [3, 7, 11, 19, 23]);
  expect.equal([...called].sort((a, b) => a - b), [3, 7, 11, 19, 23], 'The seeds your function trained with');
});

test('reports mean, sample standard deviation, min and max', async () => {
  const result = await learner.call('summarizeSeeds', (seed) => ACCURACY[seed], [3, 7, 11, 19, 23]);
  expectNumbers(result);
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

test('the smallest rerun, 2 seeds', async () => {
  const result = await learner.call('summarizeSeeds', (seed) => ({ 5: 0.93, 9: 0.97 })[seed], [9, 5]);
  expectNumbers(result);
  expect.allClose([result.mean, result.min, result.max], [0.95, 0.93, 0.97], { rtol: 1e-9, what: 'Your [mean, min, max] for 2 seeds' });
  expect.allClose(result.std, Math.sqrt(2 * 0.02 ** 2), { rtol: 1e-6, what: 'Your sample standard deviation of 0.93 and 0.97' });
  expect.equal(result.worstSeed, 5, 'Your worst seed of [9, 5]');
});

test('a slow train: waits for every accuracy', async () => {
  // train resolves after a short wait, as a real training does: its result is a promise until then.
  const slow = async (seed) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return ACCURACY[seed];
  };
  const result = await learner.call('summarizeSeeds', slow, [23, 19, 11]);
  expectNumbers(result);
  expect.allClose([result.min, result.max], [0.944, 0.958], { rtol: 1e-9, what: 'Your [min, max] for seeds [23, 19, 11]' });
  expect.equal(result.worstSeed, 11, 'Your worst seed of [23, 19, 11]');
});
