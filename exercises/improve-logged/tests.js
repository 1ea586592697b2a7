// Hidden tests for improve-logged. Globals: test, expect, learner, tf, data, models, ml, source (see docs/grading-api.md).

const BASELINE = { hidden: 0, steps: 15, lr: 0.02, l2: 0 };
const SEEDS = [1, 2, 3];
const MARGIN = 0.02;
const T975_DF2 = 4.303; // t(0.975, 2): lesson 7's table, three seeds

// improve() runs once per Check, watched: what it returned and every optimizer step it took.
let watched;
function experiment() {
  watched ??= learner.watchTraining('improve');
  return watched;
}

/** The runs improve() returned, checked to be the log's own. */
async function loggedRuns() {
  const { value } = await experiment();
  expect.that(Array.isArray(value), `improve() should end with return log.runs(), so the Check can read your log; it returned ${JSON.stringify(value)?.slice(0, 80)}.`);
  for (const run of value) {
    expect.that(typeof run?.id === 'string' && typeof run?.recordedAt === 'string',
      `A run your improve() returned was not recorded with log.record (it has no id): ${JSON.stringify(run).slice(0, 120)}. Return log.runs().`);
  }
  return value;
}

const namesOf = (runs) => [...new Set(runs.map((run) => run.name))];
const seedsOf = (runs, name) => runs.filter((run) => run.name === name).map((run) => run.seed).sort((a, b) => a - b);
const accuraciesOf = (runs, name) => runs.filter((run) => run.name === name).map((run) => run.figures.accuracy);
const mean = (values) => values.reduce((sum, x) => sum + x, 0) / values.length;
const settings = (config) => JSON.stringify(Object.keys(BASELINE).map((key) => [key, { ...BASELINE, ...config }[key]]));

// The grader's own copy of trainAndScore, on its own backend.
let digits;
async function trainAndScore(config, runSeed) {
  digits ??= await data.load('digits', { trainPerClass: 20 });
  const { hidden, steps, lr, l2 } = { ...BASELINE, ...config };
  const targets = tf.oneHot(digits.yTrain, 10);
  const sizes = hidden > 0 ? [64, hidden, 10] : [64, 10];
  const layers = sizes.slice(1).map((units, i) => ({
    w: tf.variable(tf.randomNormal([sizes[i], units], 0, 0.1 * Math.sqrt(2 / sizes[i]), 'float32', 100 * runSeed + i)),
    b: tf.variable(tf.zeros([units])),
  }));
  const forward = (x) => layers.reduce((h, { w, b }, i) => {
    const z = h.matMul(w).add(b);
    return i < layers.length - 1 ? z.relu() : z;
  }, x);
  const optimizer = tf.train.adam(lr);
  for (let step = 0; step < steps; step++) {
    tf.dispose(optimizer.minimize(() => {
      const fit = tf.losses.softmaxCrossEntropy(targets, forward(digits.xTrain));
      return l2 > 0 ? fit.add(tf.addN(layers.map(({ w }) => w.square().sum())).mul(l2)) : fit;
    }, true));
  }
  const accuracy = tf.tidy(() => forward(digits.xTest).argMax(1).equal(digits.yTest).mean().dataSync()[0]);
  optimizer.dispose();
  layers.forEach(({ w, b }) => tf.dispose([w, b]));
  tf.dispose(targets);
  return accuracy;
}

test('every run is recorded with a name, its seed, its config and its accuracy', async () => {
  const runs = await loggedRuns();
  expect.that(runs.length > 0, 'Your log is empty: record every run with log.record({ name, seed, config, figures: { accuracy } }).');
  for (const run of runs) {
    const where = `Run "${run.name}"${run.seed === null ? '' : ` (seed ${run.seed})`}`;
    expect.that(Number.isInteger(run.seed), `${where} has no seed: record the seed it trained with, seed: 1.`);
    expect.that(Object.keys(run.config).length > 0, `${where} has no config: record the settings it trained, e.g. config: { hidden: 0, steps: 20, lr: 0.1, l2: 0 }.`);
    expect.that(typeof run.figures.accuracy === 'number', `${where} records no accuracy: figures: { accuracy }.`);
  }
}, { timeout: 20_000 });

test('the baseline is the given recipe, run with seeds 1, 2 and 3', async () => {
  const runs = await loggedRuns();
  const baseline = runs.filter((run) => run.name === 'baseline');
  expect.that(baseline.length > 0, `Your log has no runs named "baseline" (it has ${JSON.stringify(namesOf(runs))}). Record the baseline first, one run per seed.`);
  expect.equal(seedsOf(runs, 'baseline'), SEEDS, 'The seeds of your baseline runs');
  for (const run of baseline) {
    expect.that(settings(run.config) === settings(BASELINE),
      `Baseline run (seed ${run.seed}) records config ${JSON.stringify(run.config)}, but the baseline is ${JSON.stringify(BASELINE)}. Improve with steps; keep the baseline as given.`);
  }
}, { timeout: 20_000 });

test('every step is run with the same seeds as the baseline', async () => {
  const runs = await loggedRuns();
  const steps = namesOf(runs).filter((name) => name !== 'baseline');
  expect.that(steps.length > 0, 'Your log holds only the baseline: record at least one step (a change, under a name of your choice).');
  for (const name of steps) expect.equal(seedsOf(runs, name), SEEDS, `The seeds of step "${name}"`);
}, { timeout: 20_000 });

test('every model improve() trains is a run in the log', async () => {
  const runs = await loggedRuns();
  const { steps } = await experiment();
  // A model is the set of variables its optimizer steps update: a new model has new variables.
  const models = new Set(steps.map((step) => step.map((v) => v.name).sort().join(' '))).size;
  expect.that(models === runs.length,
    `improve() trained ${models} models, but your log holds ${runs.length} runs. Record every run, also the ones that did not help: a log that leaves runs out makes the rest look better than it is.`);
}, { timeout: 20_000 });

test("the last step's mean accuracy is 0.02 above the baseline's 95 % interval", async () => {
  const runs = await loggedRuns();
  const last = runs.at(-1)?.name;
  expect.that(last !== undefined && last !== 'baseline', 'Record your steps after the baseline: the last run recorded should be one of your last step.');
  const base = accuraciesOf(runs, 'baseline');
  const sd = Math.sqrt(base.reduce((sum, x) => sum + (x - mean(base)) ** 2, 0) / (base.length - 1));
  const high = mean(base) + (T975_DF2 * sd) / Math.sqrt(base.length);
  expect.atLeast(mean(accuraciesOf(runs, last)), high + MARGIN,
    `The mean accuracy of your last step "${last}" (the baseline's 95 % interval ends at ${high.toFixed(4)}, so the bar is ${(high + MARGIN).toFixed(4)})`);
}, { timeout: 20_000 });

test('the accuracy logged is the one its config gives', async () => {
  const runs = await loggedRuns();
  expect.that(runs.length > 0, 'Your log is empty: there is no run to retrain.');
  const run = runs.filter((r) => r.name === runs.at(-1)?.name).find((r) => r.seed === 2) ?? runs.at(-1);
  const retrained = await trainAndScore(run.config, run.seed);
  // Another backend rounds differently: one test image of 359 either way is the same result.
  expect.that(Math.abs(retrained - run.figures.accuracy) <= 1.5 / 359,
    `Run "${run.name}" (seed ${run.seed}) records accuracy ${run.figures.accuracy.toFixed(4)}, but its config ${JSON.stringify(run.config)} trained with that seed gives ${retrained.toFixed(4)}. Record the config you trained and the accuracy it gave.`);
}, { timeout: 20_000 });
