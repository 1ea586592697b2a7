// Hidden tests for fit-temperature. Globals: test, expect, learner, tf, data, models, ml, source.

/**
 * A seeded model's logits on n examples of k classes, calibrated at T = 1 by construction (each
 * label is drawn from the softmax of the calibrated logits), then multiplied by `scale`: the best
 * temperature is then close to `scale`.
 */
function examples(seed, n, scale, k = 10) {
  let s = seed;
  const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const normal = () => Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
  const rows = [];
  const labels = [];
  for (let i = 0; i < n; i++) {
    const bump = Math.floor(random() * k);
    const z = Array.from({ length: k }, (_, c) => 1.5 * normal() + (c === bump ? 3 : 0));
    const max = Math.max(...z);
    const e = z.map((v) => Math.exp(v - max));
    let u = random() * e.reduce((a, b) => a + b, 0);
    let label = 0;
    while (label < k - 1 && (u -= e[label]) > 0) label++;
    rows.push(z.map((v) => v * scale));
    labels.push(label);
  }
  return { rows, labels };
}

function meanNll(rows, labels, T) {
  let total = 0;
  rows.forEach((row, i) => {
    const scaled = row.map((z) => z / T);
    const max = Math.max(...scaled);
    total += max + Math.log(scaled.reduce((sum, v) => sum + Math.exp(v - max), 0)) - scaled[labels[i]];
  });
  return total / rows.length;
}

/** The grader's own minimiser: golden-section search on β = 1/T (L is convex in β), to 1e-9. */
function bestTemperature(rows, labels) {
  let [lo, hi] = [0.01, 50];
  const g = (Math.sqrt(5) - 1) / 2;
  while (hi - lo > 1e-9) {
    const a = hi - g * (hi - lo);
    const b = lo + g * (hi - lo);
    if (meanNll(rows, labels, 1 / a) < meanNll(rows, labels, 1 / b)) hi = b;
    else lo = a;
  }
  return 2 / (lo + hi);
}

/** Expected calibration error over 10 equal-width confidence bins. */
function ece(rows, labels, T) {
  const count = Array(10).fill(0), conf = Array(10).fill(0), hits = Array(10).fill(0);
  rows.forEach((row, i) => {
    const scaled = row.map((z) => z / T);
    const max = Math.max(...scaled);
    const e = scaled.map((v) => Math.exp(v - max));
    const total = e.reduce((a, b) => a + b, 0);
    const top = scaled.indexOf(max);
    const c = e[top] / total;
    const b = Math.min(9, Math.floor(c * 10));
    count[b]++;
    conf[b] += c;
    hits[b] += top === labels[i] ? 1 : 0;
  });
  return count.reduce((sum, m, b) => (m ? sum + (m / rows.length) * Math.abs(hits[b] / m - conf[b] / m) : sum), 0);
}

async function expectNearBest(rows, labels, what) {
  const best = bestTemperature(rows, labels);
  const T = await learner.call('fitTemperature', tf.tensor2d(rows), labels);
  expect.that(typeof T === 'number' && Number.isFinite(T) && T > 0, `Your fitTemperature on ${what} returned ${JSON.stringify(T)}: return a positive number.`);
  expect.that(Math.abs(T - best) <= 0.01 * best,
    `Your T on ${what} is ${T.toFixed(4)}, but the NLL is lowest at T = ${best.toFixed(4)} (mean NLL ${meanNll(rows, labels, T).toFixed(4)} at yours, ${meanNll(rows, labels, best).toFixed(4)} there). It must be within 1 %.`);
  return T;
}

test('overconfident logits: T within 1 % of the best, above 1', async () => {
  const { rows, labels } = examples(1, 1000, 2.3);
  await expectNearBest(rows, labels, 'overconfident logits (2.3 times too large)');
});

test('logits that are not sure enough: T below 1', async () => {
  const { rows, labels } = examples(2, 1000, 0.7);
  await expectNearBest(rows, labels, 'underconfident logits (0.7 times what they should be)');
});

test('it calibrates: on new examples, the ECE at your T is at most half the ECE at T = 1, and under 0.04', async () => {
  const fit = examples(3, 1000, 3.1);
  const fresh = examples(4, 1500, 3.1);
  const T = await learner.call('fitTemperature', tf.tensor2d(fit.rows), fit.labels);
  const [before, after] = [ece(fresh.rows, fresh.labels, 1), ece(fresh.rows, fresh.labels, T)];
  expect.atMost(after, Math.min(0.04, before / 2), `The ECE on new examples at your T = ${Number(T).toFixed(3)} (it is ${before.toFixed(3)} at T = 1)`);
});

test('logits in the thousands: the answer stays finite and right', async () => {
  // Each row shifted by a constant between 2,000 and 4,000: the softmax, and so the best T, do not change.
  const { rows, labels } = examples(5, 800, 1.8);
  const shifted = rows.map((row, i) => row.map((z) => z + 2000 + ((i * 7919) % 2000)));
  await expectNearBest(shifted, labels, 'logits shifted by thousands');
});

test('leaves no tensors behind', async () => {
  const { rows, labels } = examples(6, 200, 2);
  await learner.noLeakedTensors('fitTemperature', tf.tensor2d(rows), labels);
});
