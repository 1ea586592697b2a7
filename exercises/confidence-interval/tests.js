// Hidden tests for confidence-interval. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

function expected(values, t) {
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  const s = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  return { mean, low: mean - (t * s) / Math.sqrt(n), high: mean + (t * s) / Math.sqrt(n) };
}

test('the interval of 5 seeds uses the sample standard deviation (n − 1)', async () => {
  const values = [0.91, 0.93, 0.92, 0.95, 0.9];
  const got = await learner.call('confidenceInterval', values, 2.776);
  const want = expected(values, 2.776);
  expect.allClose(got.mean, want.mean, { what: 'Your mean' });
  expect.allClose([got.low, got.high], [want.low, want.high], { rtol: 1e-6, atol: 1e-9, what: 'Your [low, high]' });
});

test('matches on other sample sizes', async () => {
  const values = [0.812, 0.845, 0.8, 0.83, 0.851, 0.827, 0.839, 0.818];
  const got = await learner.call('confidenceInterval', values, 2.365);
  const want = expected(values, 2.365);
  expect.allClose([got.low, got.mean, got.high], [want.low, want.mean, want.high], { rtol: 1e-6, atol: 1e-9, what: 'Your [low, mean, high] for 8 runs' });
});

test('a consistent gain across paired seeds is real', async () => {
  const baseline = [0.9, 0.93, 0.88, 0.95, 0.91];
  const improved = baseline.map((v, i) => v + 0.01 + 0.001 * i);
  expect.equal(await learner.call('isRealGain', baseline, improved, 2.776), true, 'isRealGain for a +0.01 gain on every seed');
});

test('a gain in the means that seed noise explains is not real', async () => {
  const baseline = [0.9, 0.93, 0.88, 0.95, 0.91];
  const improved = [0.93, 0.92, 0.89, 0.94, 0.925];
  // Mean difference +0.007, but the paired differences (+0.03, −0.01, +0.01, −0.01, +0.015) straddle 0.
  expect.equal(await learner.call('isRealGain', baseline, improved, 2.776), false, 'isRealGain for a gain that seed noise explains');
});

test('the smallest sample, 2 values', async () => {
  const values = [0.93, 0.95];
  const got = await learner.call('confidenceInterval', values, 12.706);
  const want = expected(values, 12.706);
  expect.allClose([got.low, got.mean, got.high], [want.low, want.mean, want.high], { rtol: 1e-6, atol: 1e-9, what: 'Your [low, mean, high] for 2 runs' });
});

test('values that do not vary give an interval of width 0', async () => {
  const got = await learner.call('confidenceInterval', [0.9, 0.9, 0.9, 0.9], 3.182);
  expect.allClose([got.low, got.mean, got.high], [0.9, 0.9, 0.9], { rtol: 0, atol: 1e-7, what: 'Your [low, mean, high] for four equal values' });
});

test('the gain is judged on the paired differences, not on the two sets of runs', async () => {
  // The seeds move both runs together (0.88 … 0.95), and improved is baseline + 0.004 … 0.006 on
  // every seed. Unpaired, each set's spread (about 2.7 %) hides the gain; paired, it is clear.
  const baseline = [0.9, 0.93, 0.88, 0.95, 0.91, 0.89, 0.94, 0.92];
  const improved = baseline.map((v, i) => v + 0.005 + 0.001 * ((i % 3) - 1));
  expect.equal(await learner.call('isRealGain', baseline, improved, 2.365), true, 'isRealGain for a gain of about +0.005 on every one of 8 paired seeds');
});

test('identical runs are no gain: the interval must lie entirely above 0', async () => {
  const runs = [0.91, 0.93, 0.92, 0.95, 0.9];
  expect.equal(await learner.call('isRealGain', runs, [...runs], 2.776), false, 'isRealGain when every improved run equals its baseline');
});

test('a consistent loss is not a gain', async () => {
  const baseline = [0.9, 0.93, 0.88, 0.95, 0.91];
  const worse = baseline.map((v, i) => v - 0.01 - 0.001 * i);
  expect.equal(await learner.call('isRealGain', baseline, worse, 2.776), false, 'isRealGain for a −0.01 change on every seed');
});
