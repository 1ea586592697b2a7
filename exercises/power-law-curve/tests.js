// Hidden tests for power-law-curve. Globals: test, expect, learner, tf, data, models, ml, source (see docs/grading-api.md).

function referenceFit(sizes, errors) {
  const t = sizes.map(Math.log);
  const u = errors.map(Math.log);
  const tBar = t.reduce((s, v) => s + v, 0) / t.length;
  const uBar = u.reduce((s, v) => s + v, 0) / u.length;
  const slope = t.reduce((s, ti, i) => s + (ti - tBar) * (u[i] - uBar), 0) / t.reduce((s, ti) => s + (ti - tBar) ** 2, 0);
  return { a: Math.exp(uBar - slope * tBar), b: -slope };
}

/** Checks that n is the smallest whole number with a · n^(−b) ≤ target. */
async function expectSmallestSize(fit, target) {
  const n = await learner.call('sizeFor', fit, target);
  const what = `sizeFor({ a: ${fit.a}, b: ${fit.b} }, ${target})`;
  expect.that(Number.isInteger(n) && n >= 1, `${what} should be a whole number of examples (at least 1), but it is ${n}.`);
  const predicted = (m) => fit.a * m ** -fit.b;
  expect.that(predicted(n) <= target, `${what} is ${n}, but ${n} examples predict an error of ${predicted(n).toPrecision(6)}, above the target: round up, not down.`);
  expect.that(n === 1 || predicted(n - 1) > target, `${what} is ${n}, but ${n - 1} examples already predict ${predicted(n - 1).toPrecision(6)} ≤ ${target}: return the smallest size that is enough.`);
}

test('recovers an exact power law', async () => {
  const sizes = [50, 100, 200, 400, 800];
  const fit = await learner.call('fitPowerLaw', sizes, sizes.map((n) => 3 * n ** -0.5));
  expect.allClose([fit.a, fit.b], [3, 0.5], { rtol: 1e-4, what: 'Your [a, b] for error = 3 · n^(−0.5)' });
});

test('fits noisy points by least squares on the logarithms', async () => {
  const sizes = [72, 144, 360, 719, 1438];
  const errors = [0.22, 0.15, 0.09, 0.065, 0.045];
  const want = referenceFit(sizes, errors);
  const fit = await learner.call('fitPowerLaw', sizes, errors);
  expect.allClose([fit.a, fit.b], [want.a, want.b], { rtol: 1e-4, what: 'Your [a, b] for the lesson-like curve' });
});

test('fits other noisy curves, in any order of sizes', async () => {
  const sizes = [1000, 30, 250, 90, 4000, 500];
  const errors = [0.05, 0.4, 0.11, 0.21, 0.031, 0.08];
  const want = referenceFit(sizes, errors);
  const fit = await learner.call('fitPowerLaw', sizes, errors);
  expect.allClose([fit.a, fit.b], [want.a, want.b], { rtol: 1e-4, what: 'Your [a, b] for six unsorted points' });
});

test('two points (the fewest allowed) give the line through both', async () => {
  const fit = await learner.call('fitPowerLaw', [100, 400], [0.2, 0.1]);
  expect.allClose([fit.a, fit.b], [2, 0.5], { rtol: 1e-4, what: 'Your [a, b] through (100, 0.2) and (400, 0.1)' });
});

test('sizeFor returns the smallest size whose predicted error reaches the target', async () => {
  await expectSmallestSize({ a: 3, b: 0.5 }, 0.11);        // 743.8… → 744
  await expectSmallestSize({ a: 2, b: 0.5 }, 0.3);         // 44.4… → 45
  await expectSmallestSize({ a: 1.75, b: 0.58 }, 0.02);    // the lesson's fit
  await expectSmallestSize({ a: 5, b: 0.3 }, 0.07);        // a slow curve: about 1.5 million
});

test('sizeFor is 1 when the target is at least the error of a single example', async () => {
  await expectSmallestSize({ a: 0.4, b: 0.5 }, 0.45);
});

test('sizeFor works from the fit it is given (not from fixed numbers)', async () => {
  const fit = await learner.call('fitPowerLaw', [72, 144, 360, 719, 1438], [0.22, 0.15, 0.09, 0.065, 0.045]);
  await expectSmallestSize(fit, 0.03);
});
