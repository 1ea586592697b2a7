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

test('a zero shift changes nothing', async () => {
  const x = images();
  expect.allClose(await learner.call('shiftImages', x, 0, 0), x, { what: 'Your images shifted by (0, 0)' });
});

test('leaves no tensors behind', async () => {
  await learner.noLeakedTensors('shiftImages', images(), 1, -1);
});
