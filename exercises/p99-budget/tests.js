// Hidden tests for p99-budget. Globals: test, expect, learner, tf, data, models, ml, source.
//
// measure() is an M/M/1 service with 4 ms mean service time (μ = 250/s): mean latency
// 1/(μ − λ) and p99 ln(100)/(μ − λ), and every p99 past saturation. Deterministic, so a grade is
// stable; budgets sit well away from any rate's p99, so no answer is on a tie.

const MU = 250;
function resultAt(rate) {
  const mean = rate < MU ? 1000 / (MU - rate) : 60_000;
  return { offeredRate: rate, throughput: Math.min(rate, MU), latencyMs: { p50: Math.log(2) * mean, p95: Math.log(20) * mean, p99: Math.log(100) * mean, max: 2 * Math.log(100) * mean, mean } };
}

/** A counting measure, and the answer a linear scan would give. */
function setup() {
  const calls = [];
  const measure = async (rate) => {
    calls.push(rate);
    return resultAt(rate);
  };
  return { calls, measure };
}
const truth = (rates, budget) => rates.filter((r) => resultAt(r).latencyMs.p99 <= budget).at(-1) ?? null;
const limit = (n) => Math.ceil(Math.log2(n + 1));
const every = (step, to) => Array.from({ length: Math.floor(to / step) }, (_, i) => (i + 1) * step);

async function check(rates, budget) {
  const { calls, measure } = setup();
  const got = await learner.call('highestRate', measure, rates, budget);
  const want = truth(rates, budget);
  expect.equal(got, want, `Your highest rate for a p99 budget of ${budget} ms over ${rates.length} rates (${rates[0]} … ${rates.at(-1)}/s)`);
  expect.that(
    calls.length <= limit(rates.length),
    `Your code ran ${calls.length} load tests (at ${calls.join(', ')}/s) for ${rates.length} rates; the budget is ${limit(rates.length)}. Use each result to rule out half of the rates still in doubt (binary search).`,
  );
}

test('finds the highest rate whose p99 meets the budget', async () => {
  // p99 at 200/s is 92 ms, at 225/s 184 ms: a 100 ms budget allows 200/s.
  await check(every(25, 225), 100);
});

test('holds the p99 to the budget, not the mean', async () => {
  // At 175/s the mean is 13 ms but p99 is 61 ms: with a 30 ms budget only 90/s passes (p99 29 ms; 100/s has 31 ms).
  await check(every(10, 240), 30);
});

test('stays within ⌈log₂(n + 1)⌉ load tests', async () => {
  await check(every(5, 245), 40);
  await check(every(16, 240), 70);
});

test('answers null when even the lowest rate misses, and the highest when all meet', async () => {
  await check([200, 210, 220, 230], 20);
  await check([10, 20, 30, 40, 50, 60, 70], 500);
});

test('works with one rate, and with rates past saturation', async () => {
  await check([100], 50);
  await check([100], 5);
  await check(every(25, 400), 45);
});
