// Hidden tests for quantize-per-channel. Globals: test, expect, learner, tf, data, ml (see docs/grading-api.md).
// Every expected figure is computed here from the kernel itself, in float64, never from the learner's result.

/** A seeded kernel [inputs, units] whose columns span ranges from 0.01 to 1; column 1 is all positive. */
function kernelOf(inputs, units, seed) {
  return tf.tidy(() => {
    const widths = tf.linspace(0.01, 1, units);
    const base = tf.randomNormal([inputs, units], 0, 1, 'float32', seed).mul(widths);
    const positive = tf.oneHot(tf.tensor1d([1], 'int32'), units).reshape([1, units]);
    return base.abs().mul(positive).add(base.mul(tf.scalar(1).sub(positive)));   // column 1: |w|
  });
}

/** Per column: the widened range, its step s_j and min m_j, by the prompt's formulas. */
function expectedRanges(kernel, bits) {
  const L = 2 ** bits - 1;
  const [inputs, units] = kernel.shape;
  const w = kernel.arraySync();
  return Array.from({ length: units }, (_, j) => {
    let lo = 0, hi = 0;
    for (let i = 0; i < inputs; i++) { lo = Math.min(lo, w[i][j]); hi = Math.max(hi, w[i][j]); }
    const scale = (hi - lo) / L || 1;
    return { scale, min: -Math.round(-lo / scale) * scale };
  });
}

async function quantized(kernel, bits) {
  const result = await learner.call('quantizePerChannel', kernel, bits);
  expect.that(result && typeof result === 'object' && 'codes' in result && 'scales' in result && 'mins' in result,
    'quantizePerChannel should return an object { codes, scales, mins }.');
  return result;
}

test('returns codes [inputs, units] and a scale and min per unit', async () => {
  const kernel = kernelOf(12, 5, 1);
  const { codes, scales, mins } = await quantized(kernel, 8);
  expect.shape(codes, [12, 5], 'Your codes');
  expect.dtype(codes, 'int32', 'Your codes');
  expect.shape(scales, [5], 'Your scales (one per unit, i.e. per column)');
  expect.shape(mins, [5], 'Your mins (one per unit, i.e. per column)');
});

test('codes are whole numbers from 0 to 2^bits − 1', async () => {
  for (const bits of [3, 8]) {
    const { codes } = await quantized(kernelOf(40, 6, 2), bits);
    const values = codes.dataSync();
    const outside = values.find((q) => !Number.isInteger(q) || q < 0 || q > 2 ** bits - 1);
    expect.that(outside === undefined, `With bits = ${bits} a code is ${outside}: codes must be whole numbers from 0 to ${2 ** bits - 1}.`);
  }
});

test('each scale is its column’s range, widened to hold 0, over 2^bits − 1', async () => {
  for (const bits of [4, 8]) {
    const kernel = kernelOf(30, 8, 3);
    const { scales, mins } = await quantized(kernel, bits);
    const ranges = expectedRanges(kernel, bits);
    expect.allClose(scales, ranges.map((r) => r.scale), { rtol: 1e-4, atol: 1e-9, what: `Your scales (bits = ${bits})` });
    expect.allClose(mins, ranges.map((r) => r.min), { rtol: 1e-4, atol: 1e-9, what: `Your mins (bits = ${bits})` });
  }
});

test('every weight reads back within s_j / 2 of itself', async () => {
  for (const [bits, seed] of [[4, 4], [8, 5]]) {
    const kernel = kernelOf(64, 10, seed);
    const { codes, scales, mins } = await quantized(kernel, bits);
    const ranges = expectedRanges(kernel, bits);
    const w = kernel.arraySync(), q = codes.arraySync(), s = scales.arraySync(), m = mins.arraySync();
    let worst = { ratio: 0 };
    for (let i = 0; i < w.length; i++) {
      for (let j = 0; j < w[i].length; j++) {
        const ratio = Math.abs(w[i][j] - (q[i][j] * s[j] + m[j])) / (ranges[j].scale / 2);
        if (ratio > worst.ratio) worst = { ratio, i, j };
      }
    }
    expect.that(worst.ratio <= 1 + 1e-4,
      `With bits = ${bits}, weight [${worst.i}, ${worst.j}] reads back ${worst.ratio.toFixed(2)} half-steps away from itself, but the bound is one half-step s_j / 2 of its column. Round to the nearest code, and give each column its own scale.`);
  }
});

test('0 reads back as exactly 0', async () => {
  const kernel = tf.tidy(() => kernelOf(20, 4, 6).mul(tf.randomUniform([20, 4], 0, 1, 'float32', 7).greater(0.5)));
  const { codes, scales, mins } = await quantized(kernel, 4);
  const w = kernel.arraySync(), q = codes.arraySync(), s = scales.arraySync(), m = mins.arraySync();
  for (let i = 0; i < w.length; i++) {
    for (let j = 0; j < w[i].length; j++) {
      if (w[i][j] !== 0) continue;
      const back = q[i][j] * s[j] + m[j];
      expect.that(Math.abs(back) <= 1e-6 * s[j], `Weight [${i}, ${j}] is 0 but reads back as ${back}: move min onto the grid, min = −round(−lo / scale) · scale.`);
    }
  }
});

test('leaves no tensors behind', async () => {
  await learner.noLeakedTensors('quantizePerChannel', kernelOf(8, 3, 8), 8);
});
