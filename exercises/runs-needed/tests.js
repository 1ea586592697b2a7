// Hidden tests for runs-needed. Globals: test, expect, learner, tf, data, models, ml, source (see docs/grading-api.md).

// Student's t(0.975, df): the printed table to 30 degrees of freedom, then the Cornish–Fisher
// expansion (within 1e-4 of the exact quantile there), rounded like the table to 3 decimals.
const T975 = [null, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
  2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042];
const z = 1.959963984540054;
function tQuantile(df) {
  if (df <= 30) return T975[df];
  const v = df;
  const t = z + (z ** 3 + z) / (4 * v) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * v ** 2)
    + (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * v ** 3)
    + (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / (92160 * v ** 4);
  return Math.round(1000 * t) / 1000;
}
/** The table the learner gets: tCritical[df] for df = 1 … maxRuns − 1. */
const table = (maxRuns) => Array.from({ length: maxRuns }, (_, df) => (df === 0 ? null : tQuantile(df)));
const runsNeeded = (s, halfWidth, maxRuns) => learner.call('runsNeeded', s, halfWidth, table(maxRuns), maxRuns);

test('few runs: t with n − 1 degrees of freedom, not 1.96', async () => {
  // n = 11: 2.228·0.012/√11 = 0.00806 (too wide); n = 12: 2.201·0.012/√12 = 0.00762.
  // With 1.96 the answer would be 9; with t[n] instead of t[n − 1], 11.
  expect.equal(await runsNeeded(0.012, 0.008, 40), 12, 'runsNeeded(0.012, 0.008, T975, 40)');
});

test('many runs: t stays above 1.96 beyond 30 degrees of freedom', async () => {
  // n = 56: 2.004·0.015/√56 = 0.004017; n = 57: 2.003·0.015/√57 = 0.003980. With 1.96 from n = 32 on: 55.
  expect.equal(await runsNeeded(0.015, 0.004, 100), 57, 'runsNeeded(0.015, 0.004, T975, 100)');
});

test('a loose target needs only 2 runs (never fewer)', async () => {
  // n = 2: 12.706·0.01/√2 = 0.0898 ≤ 0.1. One run has no standard deviation at all.
  expect.equal(await runsNeeded(0.01, 0.1, 10), 2, 'runsNeeded(0.01, 0.1, T975, 10)');
});

test('the bound is inclusive: a half-width equal to the target is enough', async () => {
  // s = 0.5, n = 4: t₃ · 0.5 / 2, computed exactly (halving is exact in floating point).
  const target = (T975[3] * 0.5) / 2;
  expect.equal(await runsNeeded(0.5, target, 10), 4, `runsNeeded(0.5, ${target}, T975, 10) (4 runs give exactly ${target})`);
});

test('maxRuns itself is allowed', async () => {
  // The answer for (0.012, 0.008) is 12; with exactly 12 affordable runs it is still 12.
  expect.equal(await runsNeeded(0.012, 0.008, 12), 12, 'runsNeeded(0.012, 0.008, T975, 12)');
});

test('returns null when even maxRuns runs are not enough', async () => {
  expect.equal(await runsNeeded(0.012, 0.008, 11), null, 'runsNeeded(0.012, 0.008, T975, 11) (12 runs are needed, 11 affordable)');
  expect.equal(await runsNeeded(0.05, 0.001, 30), null, 'runsNeeded(0.05, 0.001, T975, 30)');
});

test('the smallest budget, maxRuns = 2: two runs or none', async () => {
  expect.equal(await runsNeeded(0.01, 0.1, 2), 2, 'runsNeeded(0.01, 0.1, [·, 12.706], 2)');
  expect.equal(await runsNeeded(0.1, 0.1, 2), null, 'runsNeeded(0.1, 0.1, [·, 12.706], 2)');
});
