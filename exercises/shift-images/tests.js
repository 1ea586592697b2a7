// Hidden tests for shift-images. Globals: test, expect, learner, tf, data, models, ml (see docs/grading-api.md).

/** out[i, r, c] = x[i, r − dy, c − dx], pixel by pixel. */
function reference(x, dy, dx) {
  return x.arraySync().map((image) =>
    image.map((row, r) => row.map((_, c) => {
      const [fr, fc] = [r - dy, c - dx];
      return fr >= 0 && fr < 8 && fc >= 0 && fc < 8 ? [image[fr][fc][0]] : [0];
    })),
  );
}

const images = () => tf.randomUniform([3, 8, 8, 1], 0, 1, 'float32', 31);

test('shifts down and right', async () => {
  const x = images();
  const got = await learner.call('shiftImages', x, 1, 2);
  expect.shape(got, [3, 8, 8, 1], 'Your shifted images');
  expect.allClose(got, reference(x, 1, 2), { what: 'Your images shifted by dy = 1, dx = 2' });
});

test('shifts up and left (negative steps)', async () => {
  const x = images();
  expect.allClose(await learner.call('shiftImages', x, -2, -1), reference(x, -2, -1), { what: 'Your images shifted by dy = −2, dx = −1' });
});

test('the largest shifts, ±2 in both directions', async () => {
  const x = images();
  expect.allClose(await learner.call('shiftImages', x, 2, -2), reference(x, 2, -2), { what: 'Your images shifted by dy = 2, dx = −2' });
  expect.allClose(await learner.call('shiftImages', x, -2, 2), reference(x, -2, 2), { what: 'Your images shifted by dy = −2, dx = 2' });
});

test('rows and columns are not swapped: a shift down only', async () => {
  const x = images();
  expect.allClose(await learner.call('shiftImages', x, 1, 0), reference(x, 1, 0), { what: 'Your images shifted by dy = 1 (down), dx = 0' });
});

test('moves every image of the batch, not only the first (as tf.image.transform does on cpu)', async () => {
  const x = tf.randomUniform([20, 8, 8, 1], 0.1, 1, 'float32', 32);
  expect.allClose(await learner.call('shiftImages', x, -1, 1), reference(x, -1, 1), { what: 'Your 20 images shifted by dy = −1, dx = 1' });
});

test('a single image, n = 1', async () => {
  const x = tf.randomUniform([1, 8, 8, 1], 0, 1, 'float32', 33);
  expect.allClose(await learner.call('shiftImages', x, 2, 1), reference(x, 2, 1), { what: 'Your one image shifted by dy = 2, dx = 1' });
});

test('whole-tensor operations, no loops', () => {
  source.forbidsLoopsIn('shiftImages', 'Pad the whole batch with zeros, then slice the shifted 8 × 8 window: two tensor operations, no loop.');
});

test('a zero shift changes nothing', async () => {
  const x = images();
  expect.allClose(await learner.call('shiftImages', x, 0, 0), x, { what: 'Your images shifted by (0, 0)' });
});

test('leaves no tensors behind', async () => {
  await learner.noLeakedTensors('shiftImages', images(), 1, -1);
});
