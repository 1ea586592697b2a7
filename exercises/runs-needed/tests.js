// Hidden tests for runs-needed. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

const T975 = { 1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262, 10: 2.228 };

test('few runs: uses t, not 1.96', async () => {
  // s = 0.012, target 0.01: n = 6 gives 2.571·0.012/√6 = 0.0126, n = 7 gives 2.447·0.012/√7 = 0.0111, n = 8 gives 0.0100.
  expect.equal(await learner.call('runsNeeded', 0.012, 0.0101, T975, 50), 8, 'runsNeeded(0.012, 0.0101) with the t table');
});

test('uses 1.96 beyond the table', async () => {
  // s = 0.02, target 0.005: from n = 12 on t = 1.96, and 1.96·0.02/√n ≤ 0.005 first at n = 62.
  expect.equal(await learner.call('runsNeeded', 0.02, 0.005, T975, 100), 62, 'runsNeeded(0.02, 0.005)');
});

test('a loose target needs just 2 runs', async () => {
  expect.equal(await learner.call('runsNeeded', 0.01, 0.1, T975, 10), 2, 'runsNeeded(0.01, 0.1)');
});

test('returns null when the budget is not enough', async () => {
  expect.equal(await learner.call('runsNeeded', 0.05, 0.001, T975, 30), null, 'runsNeeded(0.05, 0.001) with at most 30 runs');
});
