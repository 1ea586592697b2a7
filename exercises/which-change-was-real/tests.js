// Hidden tests for which-change-was-real. Globals: test, expect, learner, tf, data, models, ml, source (see docs/grading-api.md).

const T975 = [null, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];

// The colleague's log, as the starter gives it.
const LOG = [
  { id: 'run-1', recordedAt: '2026-11-30T10:01:01.000Z', name: 'baseline', seed: 1, config: { units: 32, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.8998 } },
  { id: 'run-2', recordedAt: '2026-11-30T10:02:02.000Z', name: 'baseline', seed: 2, config: { units: 32, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9004 } },
  { id: 'run-3', recordedAt: '2026-11-30T10:03:03.000Z', name: 'baseline', seed: 3, config: { units: 32, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.8882 } },
  { id: 'run-4', recordedAt: '2026-11-30T10:04:04.000Z', name: 'baseline', seed: 4, config: { units: 32, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9237 } },
  { id: 'run-5', recordedAt: '2026-11-30T10:05:05.000Z', name: 'baseline', seed: 5, config: { units: 32, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9143 } },
  { id: 'run-6', recordedAt: '2026-11-30T10:06:06.000Z', name: 'dropout 0.3', seed: 1, config: { units: 32, dropout: 0.3, mixup: false, smoothing: 0 }, figures: { accuracy: 0.8897 } },
  { id: 'run-7', recordedAt: '2026-11-30T10:07:07.000Z', name: 'dropout 0.3', seed: 2, config: { units: 32, dropout: 0.3, mixup: false, smoothing: 0 }, figures: { accuracy: 0.8925 } },
  { id: 'run-8', recordedAt: '2026-11-30T10:08:08.000Z', name: 'dropout 0.3', seed: 3, config: { units: 32, dropout: 0.3, mixup: false, smoothing: 0 }, figures: { accuracy: 0.8781 } },
  { id: 'run-9', recordedAt: '2026-11-30T10:09:09.000Z', name: 'dropout 0.3', seed: 4, config: { units: 32, dropout: 0.3, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9171 } },
  { id: 'run-10', recordedAt: '2026-11-30T10:10:10.000Z', name: 'dropout 0.3', seed: 5, config: { units: 32, dropout: 0.3, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9123 } },
  { id: 'run-11', recordedAt: '2026-11-30T10:11:11.000Z', name: 'mixup', seed: 3, config: { units: 32, dropout: 0, mixup: true, smoothing: 0 }, figures: { accuracy: 0.8949 } },
  { id: 'run-12', recordedAt: '2026-11-30T10:12:12.000Z', name: 'mixup', seed: 1, config: { units: 32, dropout: 0, mixup: true, smoothing: 0 }, figures: { accuracy: 0.8978 } },
  { id: 'run-13', recordedAt: '2026-11-30T10:13:13.000Z', name: 'mixup', seed: 5, config: { units: 32, dropout: 0, mixup: true, smoothing: 0 }, figures: { accuracy: 0.9214 } },
  { id: 'run-14', recordedAt: '2026-11-30T10:14:14.000Z', name: 'mixup', seed: 2, config: { units: 32, dropout: 0, mixup: true, smoothing: 0 }, figures: { accuracy: 0.8957 } },
  { id: 'run-15', recordedAt: '2026-11-30T10:15:15.000Z', name: 'mixup', seed: 4, config: { units: 32, dropout: 0, mixup: true, smoothing: 0 }, figures: { accuracy: 0.9191 } },
  { id: 'run-16', recordedAt: '2026-11-30T10:16:16.000Z', name: 'wider (128 units)', seed: 1, config: { units: 128, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9033 } },
  { id: 'run-17', recordedAt: '2026-11-30T10:17:17.000Z', name: 'wider (128 units)', seed: 2, config: { units: 128, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9043 } },
  { id: 'run-18', recordedAt: '2026-11-30T10:18:18.000Z', name: 'wider (128 units)', seed: 3, config: { units: 128, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.889 } },
  { id: 'run-19', recordedAt: '2026-11-30T10:19:19.000Z', name: 'wider (128 units)', seed: 4, config: { units: 128, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9284 } },
  { id: 'run-20', recordedAt: '2026-11-30T10:20:20.000Z', name: 'wider (128 units)', seed: 5, config: { units: 128, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9202 } },
  { id: 'run-21', recordedAt: '2026-11-30T10:21:21.000Z', name: 'label smoothing', seed: 2, config: { units: 32, dropout: 0, mixup: false, smoothing: 0.1 }, figures: { accuracy: 0.8995 } },
  { id: 'run-22', recordedAt: '2026-11-30T10:22:22.000Z', name: 'label smoothing', seed: 1, config: { units: 32, dropout: 0, mixup: false, smoothing: 0.1 }, figures: { accuracy: 0.8952 } },
  { id: 'run-23', recordedAt: '2026-11-30T10:23:23.000Z', name: 'label smoothing', seed: 4, config: { units: 32, dropout: 0, mixup: false, smoothing: 0.1 }, figures: { accuracy: 0.9215 } },
  { id: 'run-24', recordedAt: '2026-11-30T10:24:24.000Z', name: 'label smoothing', seed: 3, config: { units: 32, dropout: 0, mixup: false, smoothing: 0.1 }, figures: { accuracy: 0.8891 } },
  { id: 'run-25', recordedAt: '2026-11-30T10:25:25.000Z', name: 'label smoothing', seed: 5, config: { units: 32, dropout: 0, mixup: false, smoothing: 0.1 }, figures: { accuracy: 0.9113 } },
];

/** Runs of a step: the baseline's figures plus gains, seed by seed, recorded in `order`. */
function stepRuns(name, baseline, gains, order = Object.keys(gains).map(Number), figure = 'accuracy') {
  return order.map((seed, i) => ({ id: `${name}-${i}`, recordedAt: '2026-12-01T10:00:00.000Z', name, seed, config: { step: name },
    figures: { [figure]: Math.round((baseline[seed] + gains[seed]) * 1e6) / 1e6, loss: 0.3 } }));
}

/** Checks the learner's verdicts against `expected`, step by step. */
async function expectVerdicts(runs, figure, expected, what) {
  const got = await learner.call('verdicts', runs, figure, T975);
  expect.that(typeof got === 'object' && got !== null && !Array.isArray(got), `verdicts should return an object { [step]: verdict }; it returned ${JSON.stringify(got)}.`);
  for (const [step, verdict] of Object.entries(expected)) expect.equal(got[step], verdict, `Your verdict for "${step}" (${what})`);
  const extra = Object.keys(got).filter((name) => !(name in expected));
  expect.that(extra.length === 0, `verdicts should have one entry per step (every name but 'baseline'); it also has ${JSON.stringify(extra)}.`);
}

// A seed moves every recipe together: its luck (±2.5 points) dwarfs the steps' gains.
const BASE = { 1: 0.9, 2: 0.93, 3: 0.88, 4: 0.95, 5: 0.91 };
const baselineRuns = (figure = 'accuracy') => stepRuns('baseline', BASE, { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, [1, 2, 3, 4, 5], figure);

test("the colleague's log in the starter", async () => {
  await expectVerdicts(LOG, 'accuracy', { 'dropout 0.3': 'hurt', mixup: 'not demonstrated', 'wider (128 units)': 'helped', 'label smoothing': 'not demonstrated' }, "the starter's log");
});

test('runs recorded out of seed order are paired by seed', async () => {
  const runs = [
    ...baselineRuns('val accuracy'),
    ...stepRuns('gain', BASE, { 1: 0.01, 2: 0.012, 3: 0.008, 4: 0.011, 5: 0.009 }, [4, 2, 5, 1, 3], 'val accuracy'),
    ...stepRuns('loss', BASE, { 1: -0.009, 2: -0.011, 3: -0.01, 4: -0.012, 5: -0.008 }, [3, 5, 1, 4, 2], 'val accuracy'),
  ];
  await expectVerdicts(runs, 'val accuracy', { gain: 'helped', loss: 'hurt' }, 'a log with seeds in shuffled order, judged on "val accuracy"');
});

test("a gain smaller than the seeds' spread is still real when every pair shows it", async () => {
  // The two recipes' own intervals overlap widely; the paired differences are +0.4 … +0.6 points.
  const runs = [...baselineRuns(), ...stepRuns('small gain', BASE, { 1: 0.005, 2: 0.004, 3: 0.006, 4: 0.005, 5: 0.0055 })];
  await expectVerdicts(runs, 'accuracy', { 'small gain': 'helped' }, 'a consistent +0.5 point gain');
});

test('three pairs have two degrees of freedom', async () => {
  // Gains +0.35, +0.65, +0.95 points: t = 3.75, between t(0.975, 3) = 3.182 and t(0.975, 2) = 4.303.
  const runs = [...baselineRuns(), ...stepRuns('three seeds', BASE, { 1: 0.0035, 2: 0.0065, 3: 0.0095 })];
  await expectVerdicts(runs, 'accuracy', { 'three seeds': 'not demonstrated' }, 'a step run with seeds 1, 2 and 3 only');
});

test('few seeds need t, not the normal 1.96', async () => {
  // Five pairs, t = 2.49: above 1.96, below t(0.975, 4) = 2.776.
  const runs = [...baselineRuns(), ...stepRuns('borderline', BASE, { 1: -0.001, 2: 0.003, 3: 0.006, 4: 0.009, 5: 0.013 })];
  await expectVerdicts(runs, 'accuracy', { borderline: 'not demonstrated' }, 'five pairs with t = 2.49');
});

test('a run whose seed the baseline lacks is left out', async () => {
  const runs = [...baselineRuns().filter((run) => run.seed <= 4), ...stepRuns('with a stray run', { ...BASE, 7: 0.5 }, { 1: 0.01, 2: 0.011, 3: 0.009, 4: 0.01, 7: 0 })];
  await expectVerdicts(runs, 'accuracy', { 'with a stray run': 'helped' }, 'a step with an extra run of seed 7, which the baseline does not have');
});
