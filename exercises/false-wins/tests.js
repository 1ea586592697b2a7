// Hidden tests for false-wins. Globals: test, expect, learner, tf, data, models, ml, source (see docs/grading-api.md).

const T975 = [null, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];

/** P(|T| > c) for Student's t with df = 2 or 3 degrees of freedom, from its closed-form distribution. */
function tailBeyond(c, df) {
  if (df === 2) return 1 - c / Math.sqrt(2 + c * c);
  const x = c / Math.sqrt(3);
  return 1 - (2 / Math.PI) * (x / (1 + x * x) + Math.atan(x));
}

/** Calls falseWinRate and checks it against the chance that one of k independent steps wins, within 4.5 standard errors. */
async function expectRate(k, seeds, projects, table, what) {
  const got = await learner.call('falseWinRate', k, seeds, projects, table);
  expect.that(typeof got === 'number' && got >= 0 && got <= 1, `falseWinRate should return a share from 0 to 1; it returned ${JSON.stringify(got)}.`);
  const perStep = tailBeyond(table[seeds - 1], seeds - 1);
  const expected = 1 - (1 - perStep) ** k;
  const tolerance = 4.5 * Math.sqrt((expected * (1 - expected)) / projects);
  expect.that(Math.abs(got - expected) <= tolerance,
    `falseWinRate(${k}, ${seeds}, ${projects}, ${what}) is ${got.toFixed(4)}, but about ${expected.toFixed(4)} was expected (± ${tolerance.toFixed(4)}, the simulation's own noise): each useless step looks real with probability ${perStep.toFixed(4)}, and a project counts once if any of its ${k} step${k === 1 ? "" : "s"} does.`);
}

test('one useless step looks real 5 % of the time', async () => {
  await expectRate(1, 4, 8000, T975, 'T975');
});

test('five useless steps: about 1 − 0.95^5 of projects have a false win', async () => {
  await expectRate(5, 4, 4000, T975, 'T975');
});

test('ten useless steps with three seeds each', async () => {
  await expectRate(10, 3, 3000, T975, 'T975');
});

test('another table gives another rate, found by simulation', async () => {
  // t = 2 for two degrees of freedom: each step looks real with probability 1 − 2/√6 ≈ 18 %.
  await expectRate(3, 3, 4000, [null, 12.706, 2, 3.182], 'a table with t = 2 for df = 2');
});

test('a stricter level, 99 %, makes false wins rarer', async () => {
  // t(0.995, 3) = 5.841: each step looks real 1 % of the time.
  await expectRate(5, 4, 6000, [null, 63.657, 9.925, 5.841], 'a 99 % table');
});
