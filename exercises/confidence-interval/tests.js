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
