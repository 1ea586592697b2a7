// Hidden tests for explain-the-tail. Globals: test, expect, learner, tf, data, models, ml, source.

const example = [{ ms: 1, count: 50 }, { ms: 1.2, count: 40 }, { ms: 1.5, count: 6 }, { ms: 30, count: 2 }, { ms: 45, count: 2 }];

/** Two seeded humps: `fast` requests around fastMs, `slow` requests spread widely around slowMs. */
function twoHumps(seed, fastMs, slowMs, fastEntries, slowEntries) {
  let s = seed;
  const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const out = [];
  let ms = fastMs;
  for (let i = 0; i < fastEntries; i++) out.push({ ms: (ms *= 1.01 + 0.03 * random()), count: 20 + Math.floor(random() * 200) });
  ms = slowMs;
  for (let i = 0; i < slowEntries; i++) out.push({ ms: (ms *= 1.05 + 0.35 * random()), count: 1 + Math.floor(random() * 4) });
  return out.map((r) => ({ ms: Number(r.ms.toFixed(4)), count: r.count }));
}

function reference(recorded) {
  let split = 1;
  for (let i = 1; i < recorded.length; i++) if (recorded[i].ms / recorded[i - 1].ms > recorded[split].ms / recorded[split - 1].ms) split = i;
  const total = recorded.reduce((sum, r) => sum + r.count, 0);
  return { splitMs: recorded[split].ms, slowShare: recorded.slice(split).reduce((sum, r) => sum + r.count, 0) / total };
}

async function check(recorded, what) {
  const got = await learner.call('explainTail', recorded);
  const want = reference(recorded);
  expect.that(got && typeof got === 'object', `${what}: explainTail should return an object { splitMs, slowShare }, but it returned ${JSON.stringify(got)}.`);
  expect.equal(got.splitMs, want.splitMs, `${what}: your splitMs`);
  expect.allClose(got.slowShare, want.slowShare, { rtol: 1e-9, atol: 1e-12, what: `${what}: your slowShare` });
}

test('the example: the slow hump starts at 30 ms and holds 4 % of requests', async () => {
  const got = await learner.call('explainTail', example);
  expect.equal(got.splitMs, 30, 'Your splitMs of the example');
  expect.allClose(got.slowShare, 0.04, { rtol: 1e-9, what: 'Your slowShare of the example (4 of 100 requests)' });
});

test('finds the gap on a log scale: a slow hump spread over hundreds of milliseconds', async () => {
  // Fast requests near 2 ms, slow ones from 40 ms to several hundred: inside the slow hump the
  // gaps are wide in milliseconds but narrow as ratios.
  await check(twoHumps(3, 2, 40, 30, 12), 'Fast requests near 2 ms, slow ones from 40 ms up');
});

test('counts requests, not distinct latencies', async () => {
  const recorded = [{ ms: 1, count: 900 }, { ms: 1.1, count: 90 }, { ms: 20, count: 1 }, { ms: 22, count: 1 }, { ms: 25, count: 8 }];
  const got = await learner.call('explainTail', recorded);
  expect.allClose(got.slowShare, 0.01, { rtol: 1e-9, what: 'Your slowShare of 900 × 1 ms, 90 × 1.1 ms, 1 × 20 ms, 1 × 22 ms, 8 × 25 ms' });
});

test('splitMs is the first latency of the slow hump, and it counts as slow', async () => {
  const recorded = [{ ms: 3, count: 60 }, { ms: 3.3, count: 30 }, { ms: 50, count: 7 }, { ms: 60, count: 3 }];
  const got = await learner.call('explainTail', recorded);
  expect.equal(got.splitMs, 50, 'Your splitMs of 60 × 3 ms, 30 × 3.3 ms, 7 × 50 ms, 3 × 60 ms');
  expect.allClose(got.slowShare, 0.1, { rtol: 1e-9, what: 'Your slowShare of the same requests' });
});

test('matches on more seeded histograms, with the gap in different places', async () => {
  await check(twoHumps(17, 0.5, 9, 25, 6), 'Histogram 17');
  await check(twoHumps(41, 5, 300, 40, 20), 'Histogram 41');
  await check([{ ms: 1, count: 3 }, { ms: 100, count: 1 }], 'Two entries');
});
