// Hidden tests for power-law-curve. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

function referenceFit(sizes, errors) {
  const t = sizes.map(Math.log);
  const u = errors.map(Math.log);
  const tBar = t.reduce((s, v) => s + v, 0) / t.length;
  const uBar = u.reduce((s, v) => s + v, 0) / u.length;
  const slope = t.reduce((s, ti, i) => s + (ti - tBar) * (u[i] - uBar), 0) / t.reduce((s, ti) => s + (ti - tBar) ** 2, 0);
  return { a: Math.exp(uBar - slope * tBar), b: -slope };
}

test('recovers an exact power law', async () => {
  const sizes = [50, 100, 200, 400, 800];
  const fit = await learner.call('fitPowerLaw', sizes, sizes.map((n) => 3 * n ** -0.5));
  expect.allClose([fit.a, fit.b], [3, 0.5], { rtol: 1e-6, what: 'Your [a, b] for error = 3 · n^(−0.5)' });
});

test('fits noisy points by least squares on the logarithms', async () => {
  const sizes = [72, 144, 360, 719, 1438];
  const errors = [0.22, 0.15, 0.09, 0.065, 0.045];
  const want = referenceFit(sizes, errors);
  const fit = await learner.call('fitPowerLaw', sizes, errors);
  expect.allClose([fit.a, fit.b], [want.a, want.b], { rtol: 1e-6, what: 'Your [a, b] for the lesson-like curve' });
});

test('sizeFor inverts the law and rounds up', async () => {
  expect.equal(await learner.call('sizeFor', { a: 3, b: 0.5 }, 0.1), 900, 'sizeFor({ a: 3, b: 0.5 }, 0.1)');
  expect.equal(await learner.call('sizeFor', { a: 2, b: 0.5 }, 0.3), 45, 'sizeFor({ a: 2, b: 0.5 }, 0.3) (44.4… rounds up)');
});
