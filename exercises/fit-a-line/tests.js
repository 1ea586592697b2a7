// Hidden tests for fit-a-line. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

/** The exact least-squares line through the points (the normal equations). */
function leastSquares(xs, ys) {
  const x = Array.from(xs.dataSync());
  const y = Array.from(ys.dataSync());
  const n = x.length;
  const mx = x.reduce((a, v) => a + v, 0) / n;
  const my = y.reduce((a, v) => a + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  const w = sxy / sxx;
  return { w, b: my - w * mx };
}

test('recovers an exact line (y = 3x − 2)', async () => {
  const xs = tf.linspace(-1, 1, 21);
  const ys = xs.mul(3).sub(2);
  const { w, b } = await learner.call('fitLine', xs, ys, { learningRate: 0.1, steps: 300 });
  expect.allClose([w, b], [3, -2], { atol: 1e-2, rtol: 0, what: 'Your [w, b]' });
});

test('matches the least-squares line on noisy points', async () => {
  const xs = tf.randomUniform([50], -2, 2, 'float32', 7);
  const ys = xs.mul(-1.5).add(0.5).add(tf.randomNormal([50], 0, 0.3, 'float32', 8));
  const exact = leastSquares(xs, ys);
  const { w, b } = await learner.call('fitLine', xs, ys, { learningRate: 0.05, steps: 500 });
  expect.allClose([w, b], [exact.w, exact.b], { atol: 1e-3, rtol: 1e-3, what: 'Your [w, b]' });
});

test('one step is exactly one gradient step from w = 0, b = 0', async () => {
  const xs = tf.tensor1d([1, 2, 3, 4]);
  const ys = tf.tensor1d([2, 4, 6, 8]);
  // From w = b = 0 the residual is −y, so ∂L/∂w = −2·mean(x·y) = −30 and ∂L/∂b = −2·mean(y) = −10.
  const { w, b } = await learner.call('fitLine', xs, ys, { learningRate: 0.01, steps: 1 });
  expect.allClose([w, b], [0.3, 0.1], { atol: 1e-5, rtol: 1e-4, what: 'Your [w, b] after one step with learning rate 0.01' });
});

test('returns plain numbers', async () => {
  const result = await learner.call('fitLine', tf.tensor1d([0, 1]), tf.tensor1d([1, 3]), { learningRate: 0.1, steps: 10 });
  expect.that(
    typeof result === 'object' && result !== null && typeof result.w === 'number' && typeof result.b === 'number',
    'fitLine should return an object { w, b } holding two plain numbers (use .dataSync()[0] or await .data() to read a tensor).',
  );
});

test('leaves no tensors behind', async () => {
  await learner.noLeakedTensors('fitLine', tf.tensor1d([0, 1, 2]), tf.tensor1d([1, 3, 5]), { learningRate: 0.1, steps: 20 });
});

test('two steps are two gradient steps, the second from where the first ended', async () => {
  const xs = tf.tensor1d([1, 2, 3, 4]);
  const ys = tf.tensor1d([2, 4, 6, 8]);
  // After step 1, w = 0.3 and b = 0.1, so the residual is −1.7·x + 0.1 = [−1.6, −3.3, −5, −6.7]:
  // ∂L/∂w = 2·mean(r·x) = −25 and ∂L/∂b = 2·mean(r) = −8.3, both computed before either moves.
  const { w, b } = await learner.call('fitLine', xs, ys, { learningRate: 0.01, steps: 2 });
  expect.allClose([w, b], [0.55, 0.183], { atol: 1e-5, rtol: 1e-4, what: 'Your [w, b] after two steps with learning rate 0.01' });
});

test('zero steps leave the starting point w = 0, b = 0', async () => {
  const { w, b } = await learner.call('fitLine', tf.tensor1d([1, 2]), tf.tensor1d([3, 5]), { learningRate: 0.1, steps: 0 });
  expect.allClose([w, b], [0, 0], { atol: 0, rtol: 0, what: 'Your [w, b] after 0 steps' });
});

test('writes the update itself (no optimizer, no model.fit)', () => {
  source.forbidsOptimizers(
    'Take the step yourself: w = w − learningRate · ∂L/∂w and b = b − learningRate · ∂L/∂b, with the two gradients you computed.',
  );
});

test('computes the gradient itself (no tf.grad)', () => {
  source.forbidsAutodiff(
    'Use the formulas instead: with r = w·x + b − y, ∂L/∂w = 2·mean(r·x) and ∂L/∂b = 2·mean(r). Writing them is the point of the exercise.',
  );
});
