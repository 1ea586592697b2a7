// Hidden tests for percentile-from-histogram. Globals: test, expect, learner, tf, data, models, ml, source.

const example = [{ ms: 1, count: 5 }, { ms: 2, count: 4 }, { ms: 9, count: 1 }];

/** The reference: smallest ms with 100 · (requests at or under it) ≥ p · N, in whole numbers. */
function reference(recorded, p) {
  const total = recorded.reduce((sum, r) => sum + r.count, 0);
  let seen = 0;
  for (const r of recorded) {
    seen += r.count;
    if (seen * 100 >= p * total) return r.ms;
  }
  return recorded[recorded.length - 1].ms;
}

/** A seeded histogram: a fast hump and a slow tail, with uneven counts. */
function histogram(seed) {
  let s = seed;
  const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const out = [];
  let ms = 0.5;
  for (let i = 0; i < 60; i++) {
    ms = Number((ms * (1.02 + 0.2 * random())).toFixed(3));
    const count = i < 40 ? 1 + Math.floor(random() * 50) : 1 + Math.floor(random() * 3);
    out.push({ ms, count });
  }
  return out;
}

test('the example: p50 = 1, p60 = 2, p95 = 9', async () => {
  for (const [p, want] of [[50, 1], [60, 2], [95, 9]]) {
    expect.equal(await learner.call('percentile', example, p), want, `Your percentile(example, ${p})`);
  }
});

test('counts every request: a latency with count 40 is 40 requests', async () => {
  const recorded = [{ ms: 2, count: 40 }, { ms: 3, count: 1 }, { ms: 4, count: 1 }, { ms: 80, count: 2 }];
  // 44 requests: 40 of them took 2 ms, so p90 is 2 ms (40 ≥ 39.6).
  expect.equal(await learner.call('percentile', recorded, 90), 2, 'Your p90 of 40 × 2 ms, 3 ms, 4 ms, 2 × 80 ms');
  expect.equal(await learner.call('percentile', recorded, 99), 80, 'Your p99 of the same requests');
});

test('"at least p %": exactly p % at or under a latency makes it the answer', async () => {
  const recorded = [{ ms: 10, count: 5 }, { ms: 20, count: 5 }];
  expect.equal(await learner.call('percentile', recorded, 50), 10, 'Your p50 of 5 × 10 ms and 5 × 20 ms (half took 10 ms or less)');
  const ten = [{ ms: 1, count: 9 }, { ms: 7, count: 1 }];
  expect.equal(await learner.call('percentile', ten, 90), 1, 'Your p90 of 9 × 1 ms and 1 × 7 ms');
});

test('p100 is the slowest, and a small p is the fastest', async () => {
  const recorded = histogram(3);
  expect.equal(await learner.call('percentile', recorded, 100), recorded[recorded.length - 1].ms, 'Your p100');
  expect.equal(await learner.call('percentile', recorded, 0.01), recorded[0].ms, 'Your p0.01');
});

test('matches the histogram definition on larger histograms, at p50, p90, p95, p99 and p99.9', async () => {
  for (const seed of [5, 11, 29]) {
    const recorded = histogram(seed);
    for (const p of [50, 90, 95, 99, 99.9]) {
      expect.equal(await learner.call('percentile', recorded, p), reference(recorded, p), `Your p${p} of histogram ${seed}`);
    }
  }
});

test('returns a recorded latency, not a value between two', async () => {
  const recorded = histogram(7);
  const latencies = new Set(recorded.map((r) => r.ms));
  for (const p of [33, 66, 97.5]) {
    const got = await learner.call('percentile', recorded, p);
    expect.that(latencies.has(got), `Your p${p} is ${got}, which no request took: return one of the recorded latencies (the histogram knows nothing in between).`);
  }
});
