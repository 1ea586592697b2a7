// Hidden tests for gradient-check. Globals: test, expect, learner, tf, source (see docs/grading-api.md).
// Every f runs here, in the grader, in float32; every true gradient is computed in float64 below.

/** A scalar function of a float32 tensor [n], evaluated in float32, as the learner's code receives it. */
const asF = (compute) => async (t) => tf.tidy(() => compute(t).dataSync()[0]);
/** A claimed gradient as the learner's code receives it: float64 values from JS, sent as float32. */
const asGrad = (gradient) => async (t) => tf.tensor1d(gradient(Array.from(t.dataSync())));
const sum = (v) => v.reduce((a, b) => a + b, 0);

// Smooth functions with their true gradients.
const expScaled = {
  f: asF((t) => t.mul(1.5).exp().sum()),
  grad: (v) => v.map((a) => 1.5 * Math.exp(1.5 * a)),
};
const sineCoupled = {
  f: asF((t) => t.mul(3).sin().sum().add(t.sum().square().mul(0.5))),
  grad: (v) => v.map((a) => 3 * Math.cos(3 * a) + sum(v)),
};
const logSumExp = {
  f: asF((t) => tf.logSumExp(t.mul(2))),
  grad: (v) => {
    const e = v.map((a) => Math.exp(2 * (a - Math.max(...v))));
    return e.map((a) => (2 * a) / sum(e));
  },
};
// A quadratic: central differences are exact but for rounding; forward differences are off by 5h.
const quadratic = {
  f: asF((t) => t.square().mul(5).sum().add(t.slice(0, 5).mul(t.slice(1, 5)).sum()).add(t.sum())),
  grad: (v) => v.map((a, i) => 10 * a + (i > 0 ? v[i - 1] : 0) + (i < 5 ? v[i + 1] : 0) + 1),
};
const point = (seed) => tf.randomNormal([6], 0, 0.7, 'float32', seed);

async function expectGradient(fn, x, { atol, rtol }, what) {
  const got = await learner.call('numericalGradient', fn.f, x);
  expect.shape(got, [6], what);
  expect.allClose(got, fn.grad(Array.from(x.dataSync())), { atol, rtol, what });
}

test('numericalGradient is accurate on smooth functions (exp, sin, log-sum-exp)', async () => {
  await expectGradient(expScaled, point(1), { atol: 1e-3, rtol: 5e-3 }, 'Your numerical gradient of Σ exp(1.5x)');
  await expectGradient(sineCoupled, point(2), { atol: 1e-3, rtol: 5e-3 }, 'Your numerical gradient of Σ sin(3x) + (Σx)²/2');
  await expectGradient(logSumExp, point(3), { atol: 1e-3, rtol: 5e-3 }, 'Your numerical gradient of log Σ exp(2x)');
});

test('numericalGradient is within 1e-3 on a quadratic (central, not forward, differences)', async () => {
  await expectGradient(quadratic, point(4), { atol: 1e-3, rtol: 0 },
    'Your numerical gradient of a quadratic (a forward difference is off by about h times the curvature here)');
});

test('gradientCheck accepts right gradients', async () => {
  for (const [name, fn, seed] of [['Σ exp(1.5x)', expScaled, 5], ['Σ sin(3x) + (Σx)²/2', sineCoupled, 6], ['log Σ exp(2x)', logSumExp, 7]]) {
    const ok = await learner.call('gradientCheck', fn.f, asGrad(fn.grad), point(seed));
    expect.that(ok === true, `gradientCheck returned ${ok} for the right gradient of ${name}; it should return true.`);
  }
});

test('gradientCheck accepts a right gradient that is almost 0 in one coordinate', async () => {
  // f = Σ (exp(x) − x) at a point with x₀ = 1e-5: the true gradient there is about 1e-5, and the
  // numerical one is mostly rounding noise. Relative error alone would call that 100 % wrong.
  const fn = { f: asF((t) => t.exp().sub(t).sum()), grad: (v) => v.map((a) => Math.expm1(a)) };
  const x = tf.tensor1d([1e-5, 0.4, -0.8, 1.1, -0.2, 0.6]);
  const ok = await learner.call('gradientCheck', fn.f, asGrad(fn.grad), x);
  expect.that(ok === true, `gradientCheck returned ${ok} for a right gradient whose first coordinate is about 1e-5. Compare with a floor: |gᵢ − nᵢ| ≤ 1e-3 + 1e-2·|nᵢ|.`);
});

test('gradientCheck rejects a gradient with a missing chain-rule factor', async () => {
  const wrong = asGrad((v) => v.map((a) => Math.exp(1.5 * a)));          // forgot the 1.5
  const ok = await learner.call('gradientCheck', expScaled.f, wrong, point(8));
  expect.that(ok === false, `gradientCheck returned ${ok} for exp(1.5x) as the gradient of Σ exp(1.5x) (the factor 1.5 is missing); it should return false.`);
});

test('gradientCheck rejects a gradient wrong in two coordinates whose errors cancel in the sum', async () => {
  const wrong = asGrad((v) => sineCoupled.grad(v).map((g, i) => g + (i === 1 ? 0.5 : i === 4 ? -0.5 : 0)));
  const ok = await learner.call('gradientCheck', sineCoupled.f, wrong, point(9));
  expect.that(ok === false, `gradientCheck returned ${ok} for a gradient off by +0.5 in coordinate 1 and −0.5 in coordinate 4; it should return false. Check every coordinate, not a total.`);
});

test('gradientCheck rejects a gradient of the wrong sign', async () => {
  const wrong = asGrad((v) => logSumExp.grad(v).map((g) => -g));
  const ok = await learner.call('gradientCheck', logSumExp.f, wrong, point(10));
  expect.that(ok === false, `gradientCheck returned ${ok} for minus the gradient of log Σ exp(2x); it should return false.`);
});

test('leaves no tensors behind', async () => {
  await learner.noLeakedTensors('numericalGradient', expScaled.f, point(11));
  await learner.noLeakedTensors('gradientCheck', expScaled.f, asGrad(expScaled.grad), point(12));
});

test('uses no autodiff (no tf.grad, tf.grads, tf.valueAndGrad, tf.variableGrads, tf.customGrad)', () => {
  source.forbidsAutodiff('The check must not trust autodiff: evaluate f at x ± h in each coordinate and take the difference.');
});
