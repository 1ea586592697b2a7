// Hidden tests for pick-threshold. Globals: test, expect, learner, tf, data, models, ml, source.
// Every figure is compared as a fraction of whole numbers, so no verdict rests on float rounding.

/** TP, flagged and 9s at threshold t (flag score >= t). */
function countsAt(scores, isNine, t) {
  let tp = 0;
  let flagged = 0;
  scores.forEach((s, i) => {
    if (s >= t) {
      flagged++;
      if (isNine[i]) tp++;
    }
  });
  return { tp, flagged, nines: isNine.filter(Boolean).length };
}

/** The scenario's floor [numerator, denominator] and objective, as fractions. */
function figures(c, scenario) {
  const precision = [c.tp, c.flagged];
  const recall = [c.tp, c.nines];
  return scenario === 'screening' ? { floor: recall, objective: precision } : { floor: precision, objective: recall };
}
const meetsFloor = ([a, b]) => b > 0 && 100 * a >= 95 * b;
const percent = ([a, b]) => (b > 0 ? `${((100 * a) / b).toFixed(1)} % (${a} of ${b})` : 'undefined (nothing flagged)');

/** The best objective among the thresholds that meet the floor; fails the test author if a floor sits exactly on 95 %. */
function bestObjective(scores, isNine, scenario) {
  let best = null;
  for (const t of new Set(scores)) {
    const { floor, objective } = figures(countsAt(scores, isNine, t), scenario);
    if (100 * floor[0] === 95 * floor[1]) throw new Error(`test data error: threshold ${t} sits exactly on the 95 % floor`);
    if (meetsFloor(floor) && (!best || objective[0] * best[1] > best[0] * objective[1])) best = objective;
  }
  if (!best) throw new Error('test data error: no threshold meets the floor');
  return best;
}

const names = { screening: ['recall', 'precision'], autopilot: ['precision', 'recall'] };

/** Grades the learner's threshold for one data set and scenario. */
async function expectBest(scores, isNine, scenario, what) {
  const best = bestObjective(scores, isNine, scenario);
  const t = await learner.call('pickThreshold', scores, isNine, scenario);
  expect.that(typeof t === 'number' && Number.isFinite(t), `Your pickThreshold(${what}, '${scenario}') returned ${JSON.stringify(t)}: return the threshold as a number.`);
  const { floor, objective } = figures(countsAt(scores, isNine, t), scenario);
  const [floorName, objectiveName] = names[scenario];
  expect.that(meetsFloor(floor),
    `With your threshold ${t} on ${what}, '${scenario}' gets ${floorName} ${percent(floor)}, below the 95 % the scenario requires. Which figure does the scenario put its floor on?`);
  expect.that(objective[0] * best[1] === best[0] * objective[1],
    `With your threshold ${t} on ${what}, '${scenario}' meets its floor with ${objectiveName} ${percent(objective)}, but another threshold meets it with ${objectiveName} ${percent(best)}. Compare every threshold that meets the floor.`);
}

/** A seeded data set: n images, `nines` of them 9s, scores rounded to 3 decimals (so some tie). */
function detector(seed, n, nines) {
  let s = seed;
  const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const normal = () => Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
  const scores = [];
  const isNine = [];
  for (let i = 0; i < n; i++) {
    const nine = i < nines;
    scores.push(Math.round(1000 / (1 + Math.exp(-(nine ? 2.2 : -2) - 1.3 * normal()))) / 1000);
    isNine.push(nine);
  }
  return { scores, isNine };
}

test('the example: screening 0.4, autopilot 0.9', async () => {
  const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
  const isNine = [true, false, true, true, false, true];
  expect.equal(await learner.call('pickThreshold', scores, isNine, 'screening'), 0.4, "Your pickThreshold(example, 'screening')");
  expect.equal(await learner.call('pickThreshold', scores, isNine, 'autopilot'), 0.9, "Your pickThreshold(example, 'autopilot')");
});

test('screening: a lower threshold can be more precise (precision does not rise steadily)', async () => {
  // From the top: 10 nines, 10 other digits, 11 nines, then 20 other digits. 20 of the 21 nines
  // are flagged at the 30th score (precision 20/30); one more nine (31st) gives 21/31, higher.
  const pattern = [...Array(10).fill(true), ...Array(10).fill(false), ...Array(11).fill(true), ...Array(20).fill(false)];
  const scores = pattern.map((_, i) => Math.round(1000 * (0.99 - 0.015 * i)) / 1000);
  await expectBest(scores, pattern, 'screening', 'a run of 9s below the first threshold that reaches 95 % recall');
});

test('each scenario floors the right figure and maximises the other', async () => {
  for (const seed of [3, 8]) {
    const { scores, isNine } = detector(seed, 500, 47);
    for (const scenario of ['screening', 'autopilot']) await expectBest(scores, isNine, scenario, `detector ${seed}`);
  }
});

test('images that share a score are flagged together (score >= t)', async () => {
  // Scores rounded to one decimal: many images share each score.
  const { scores, isNine } = detector(21, 400, 43);
  const coarse = scores.map((s) => Math.round(10 * s) / 10);
  for (const scenario of ['screening', 'autopilot']) await expectBest(coarse, isNine, scenario, 'scores rounded to 0.1');
});

test('a rarer class, a larger set', async () => {
  const { scores, isNine } = detector(5, 1500, 31);
  for (const scenario of ['screening', 'autopilot']) await expectBest(scores, isNine, scenario, '1,500 images with 31 nines');
});
