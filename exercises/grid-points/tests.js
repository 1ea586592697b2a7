// Hidden tests for grid-points. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

const space = { learningRate: { min: 1e-4, max: 1e-1, scale: 'log' }, units: { min: 8, max: 64, scale: 'linear' } };

test('has every combination: perKnob ** knobs settings', async () => {
  const grid = await learner.call('gridPoints', space, 4);
  expect.that(Array.isArray(grid), 'gridPoints should return an array of settings.');
  expect.equal(grid.length, 16, 'The number of settings in a 4 × 4 grid');
});

test('log knobs get evenly spaced exponents', async () => {
  const grid = await learner.call('gridPoints', { learningRate: space.learningRate }, 4);
  expect.allClose(grid.map((s) => s.learningRate), [1e-4, 1e-3, 1e-2, 1e-1], { rtol: 1e-6, what: 'Your learning rates on a log scale' });
});

test('linear knobs are evenly spaced, both ends included', async () => {
  const grid = await learner.call('gridPoints', { units: space.units }, 3);
  expect.allClose(grid.map((s) => s.units), [8, 36, 64], { what: 'Your units on a linear scale' });
});

test('the first knob changes slowest', async () => {
  const grid = await learner.call('gridPoints', space, 2);
  expect.allClose(grid.map((s) => [s.learningRate, s.units]), [[1e-4, 8], [1e-4, 64], [1e-1, 8], [1e-1, 64]], { rtol: 1e-6, what: 'Your 2 × 2 grid, in order' });
});

test('works for three knobs', async () => {
  const grid = await learner.call('gridPoints', { ...space, dropout: { min: 0, max: 0.5, scale: 'linear' } }, 2);
  expect.equal(grid.length, 8, 'The number of settings in a 2 × 2 × 2 grid');
  expect.allClose(grid.map((s) => s.dropout), [0, 0.5, 0, 0.5, 0, 0.5, 0, 0.5], { what: 'The dropout of each setting (the last knob changes fastest)' });
});

test('log knobs between any two values: the middle value is their geometric mean', async () => {
  const grid = await learner.call('gridPoints', { decay: { min: 2e-4, max: 5e-2, scale: 'log' } }, 3);
  expect.allClose(grid.map((s) => s.decay), [2e-4, Math.sqrt(2e-4 * 5e-2), 5e-2], { rtol: 1e-6, what: 'Your 3 log-spaced values from 2e-4 to 5e-2' });
});

test('any knob names, the first in the space changing slowest', async () => {
  const grid = await learner.call('gridPoints', { width: { min: 10, max: 30, scale: 'linear' }, alpha: { min: 0.01, max: 1, scale: 'log' } }, 3);
  expect.equal(grid.length, 9, 'The number of settings in a 3 × 3 grid');
  expect.allClose(grid.map((s) => [s.width, s.alpha]),
    [[10, 0.01], [10, 0.1], [10, 1], [20, 0.01], [20, 0.1], [20, 1], [30, 0.01], [30, 0.1], [30, 1]],
    { rtol: 1e-6, what: 'Your grid over { width, alpha }, in order (width first, as in the space)' });
});
