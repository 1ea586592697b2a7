import assert from 'node:assert/strict';
import { fail, parseNumber, type Claim, type LessonRun } from './claim';

/** A "low % … high %" interval as the cells print it. */
function interval(text: string, what: string) {
  const match = /(−?-?[\d.]+) % … (−?-?[\d.]+) %/.exec(text);
  if (!match) fail(`no interval in ${what}: "${text}"`);
  return { low: parseNumber(match[1] ?? ''), high: parseNumber(match[2] ?? '') };
}

/** The first cell's summary row. */
function seedSummary(run: LessonRun) {
  const row = run.rows('seeds')[0];
  if (!row) fail('the first cell showed an empty summary table');
  return { mean: parseNumber(row['mean'] ?? ''), sd: parseNumber(row['std over seeds'] ?? ''), ...interval(row['95 % interval'] ?? '', 'the 95 % interval column') };
}

/** A row of the "Two kinds of noise" table, in percent. */
const noise = (run: LessonRun, source: string) => run.figure('test-set', source, 'std of an accuracy');

/** The line of the claimed-gain cell that starts with `start`. */
function line(run: LessonRun, start: string) {
  const found = run.cell('claimed-gain').lines.find((l) => l.startsWith(start));
  if (!found) fail(`the claimed-gain cell printed no line starting "${start}":\n${run.text('claimed-gain')}`);
  return found;
}

/** What lessons/rerun.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: "lesson 1's network (64 → 32 → 10, Adam at 0.01) on 600 training images, trained eight times, differing only in the seed",
    check: (run) => {
      assert.equal(parseNumber(run.rows('seeds')[0]?.['runs'] ?? ''), 8);
      assert.match(run.cell('seeds').charts[0] ?? '', /^8 points\./);
    },
  },
  {
    says: 'the test accuracy still moved by about a percentage point between the best and the worst run',
    check: (run) => {
      const spread = run.number('seeds', /best run − worst run: ([\d.]+) %/);
      assert.ok(spread >= 0.5 && spread <= 2, `best − worst: ${spread} %`);
    },
  },
  {
    says: "The eight together pin the recipe's mean down to a narrow 95 % interval, about ± 0.3 %.",
    check: (run) => {
      const { low, high, mean } = seedSummary(run);
      const half = (high - low) / 2;
      assert.ok(half >= 0.15 && half <= 0.5, `interval ${low} … ${high} % (± ${half})`);
      assert.ok(low < mean && mean < high);
    },
  },
  {
    says: 'The bootstrap puts that noise at about 1.2 % for one run, two to four times the seeds\' spread, and the formula $\\sqrt{p(1-p)/n}$ agrees',
    check: (run) => {
      const bootstrap = noise(run, 'the test images: bootstrap of run 1');
      const formula = noise(run, 'the test images: formula √(p(1 − p)/n) for run 1');
      const seeds = noise(run, 'the seed (8 runs, these 359 images)');
      assert.ok(bootstrap >= 1 && bootstrap <= 1.4, `bootstrap std of run 1: ${bootstrap} %`);
      const ratio = run.number('test-set', /test-image noise \/ seed noise: ([\d.]+)×/);
      assert.ok(ratio >= 2 && ratio <= 4, `test-image noise / seed noise: ${ratio} (${bootstrap} % / ${seeds} %)`);
      assert.ok(Math.abs(formula / bootstrap - 1) < 0.1, `formula ${formula} %, bootstrap ${bootstrap} %`);
    },
  },
  {
    says: 'the mean of the eight moves almost as much, because all eight were scored on the same images',
    check: (run) => {
      const ofMean = noise(run, 'the test images: bootstrap of the mean of 8 runs');
      const ofOne = noise(run, 'the test images: bootstrap of run 1');
      assert.ok(ofMean >= 0.7 * ofOne, `mean of 8 runs: ${ofMean} %, run 1: ${ofOne} %`);
      assert.ok(ofMean > 2 * noise(run, 'the seed (8 runs, these 359 images)'), `mean of 8 runs: ${ofMean} %`);
    },
  },
  {
    says: 'the two runs of a seed are positively correlated, and the paired differences spread less than unpaired runs would',
    check: (run) => {
      const correlation = run.number('claimed-gain', /correlation of a seed's two runs: (-?[\d.]+)/);
      assert.ok(correlation > 0, `correlation ${correlation}`);
      const paired = run.number('claimed-gain', /std of the paired differences ([\d.]+) %/);
      const unpaired = run.number('claimed-gain', /unpaired runs would give √\(s₁² \+ s₂²\) = ([\d.]+) %/);
      assert.ok(paired < unpaired, `paired ${paired} %, unpaired ${unpaired} %`);
    },
  },
  {
    says: 'Here it lies above 0: on these 359 images, training longer helps.',
    check: (run) => {
      const seeds = interval(line(run, 'mean gain'), 'the interval over seeds');
      assert.ok(seeds.low > 0, `over seeds: ${seeds.low} … ${seeds.high} %`);
    },
  },
  {
    says: "The gain's test-image spread is less than half of one accuracy's.",
    check: (run) => {
      const match = /test-image std of the gain: ([\d.]+) % \(of one run's accuracy: ([\d.]+) %\)/.exec(line(run, 'test-image std'));
      assert.ok(match);
      const [gain, one] = [parseNumber(match[1] ?? ''), parseNumber(match[2] ?? '')];
      assert.ok(gain < one / 2, `gain ${gain} %, one accuracy ${one} %`);
    },
  },
  {
    says: 'Still, with the test images counted, the interval contains 0: the data cannot tell whether the gain would hold on new digits.',
    check: (run) => {
      const both = interval(line(run, 'seeds and test images together'), 'the interval over seeds and test images');
      assert.ok(both.low <= 0 && both.high >= 0, `seeds and test images: ${both.low} … ${both.high} %`);
      assert.match(run.text('claimed-gain'), /Verdict: real on these 359 images, not demonstrated for new digits/);
    },
  },
  {
    says: 'One pair of runs could have "shown" no gain at all, another a gain well above the mean.',
    check: (run) => {
      const match = /anything from (−?-?[\d.]+) % to (−?-?[\d.]+) %/.exec(line(run, 'one pair of runs'));
      if (!match) fail(`no range of single pairs in:\n${run.text('claimed-gain')}`);
      const range = { low: parseNumber(match[1] ?? ''), high: parseNumber(match[2] ?? '') };
      const mean = run.number('claimed-gain', /mean gain (-?[\d.]+) %/);
      assert.ok(range.low <= 0, `smallest single gain ${range.low} %`);
      assert.ok(range.high >= 1.5 * mean, `largest single gain ${range.high} %, mean ${mean} %`);
    },
  },
  {
    says: 'With $p = 0.95$ and $n = 359$: $\\sqrt{0.95 \\cdot 0.05 / 359} \\approx 1.15\\,\\%$',
    check: (run) => {
      const formula = noise(run, 'the test images: formula √(p(1 − p)/n) for run 1');
      assert.ok(Math.abs(formula - 1.15) <= 0.05, `the formula for run 1: ${formula} %`);
    },
  },
  {
    says: 'Using 1.96 with a handful of seeds gives intervals that are too narrow and miss the truth far more often than 5 % of the time.',
    check: (run) => {
      const coverage = run.number('check-t-interval', /the 1\.96 interval covered it in ([\d.]+) %/);
      assert.ok(coverage < 91, `1.96 coverage: ${coverage} %`);
    },
  },
];
