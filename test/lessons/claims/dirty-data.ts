import assert from 'node:assert/strict';
import { parseNumber, type Claim, type LessonRun } from './claim';

/** The training sets of the first cell, as its table names them. */
type Variant = 'clean' | 'pixel noise' | 'random shifts' | 'mixup' | '20 % wrong labels';

/** One row of the first cell's table: the accuracies of the network trained on `variant`. */
function trainedOn(run: LessonRun, variant: Variant) {
  return {
    clean: run.figure('shifted-race', variant, 'clean test'),
    shifted: run.figure('shifted-race', variant, 'shifted test'),
    noisy: run.figure('shifted-race', variant, 'noisy test'),
  };
}

const pointsBelow = (a: number, b: number) => Math.round(1000 * (a - b)) / 10;

/** What lessons/dirty-data.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: 'five copies of the same network train on the digits, each on its own version of the training set',
    check: (run) => {
      const rows = run.rows('shifted-race').map((r) => r['trained on']);
      assert.deepEqual(rows, ['clean', 'pixel noise', 'random shifts', 'mixup', '20 % wrong labels']);
      assert.match(run.cell('shifted-race').charts[0] ?? '', /^15 points\./);
    },
  },
  {
    says: 'with a fifth of its labels wrong',
    check: (run) => {
      const match = /(\d+) of (\d+) training labels are wrong/.exec(run.text('shifted-race'));
      assert.ok(match, `the cell printed no count of wrong labels:\n${run.text('shifted-race')}`);
      const share = parseNumber(match[1] ?? '') / parseNumber(match[2] ?? '');
      assert.ok(Math.abs(share - 0.2) < 0.005, `share of wrong labels: ${share}`);
    },
  },
  {
    says: 'The network trained on clean images is excellent on the clean test set and loses most of its accuracy when the digits move by a single pixel',
    check: (run) => {
      const clean = trainedOn(run, 'clean');
      assert.ok(clean.clean >= 0.95, `clean training, clean test: ${clean.clean}`);
      assert.ok(clean.shifted < clean.clean / 2, `clean training, shifted test: ${clean.shifted} (clean test ${clean.clean})`);
    },
  },
  {
    says: 'Pixel noise costs it too, less dramatically.',
    check: (run) => {
      const clean = trainedOn(run, 'clean');
      assert.ok(clean.noisy < clean.clean - 0.05, `clean training: noisy test ${clean.noisy}, clean test ${clean.clean}`);
      assert.ok(clean.noisy > clean.shifted, `clean training: noisy test ${clean.noisy}, shifted test ${clean.shifted}`);
    },
  },
  {
    says: 'saw every digit at nine positions across the epochs and barely notices the move',
    check: (run) => {
      const shifts = trainedOn(run, 'random shifts');
      assert.ok(shifts.shifted >= shifts.clean - 0.05, `random shifts: shifted test ${shifts.shifted}, clean test ${shifts.clean}`);
    },
  },
  {
    says: 'It pays with clean accuracy, about 7 points in this run (the cell prints each cost)',
    check: (run) => {
      const cost = pointsBelow(trainedOn(run, 'clean').clean, trainedOn(run, 'random shifts').clean);
      assert.ok(cost >= 5 && cost <= 9, `random shifts cost ${cost} points of clean accuracy`);
      const printed = /random shifts against clean training: clean test −([\d.]+) points/.exec(run.text('shifted-race'));
      assert.ok(printed, `the cell printed no cost for random shifts:\n${run.text('shifted-race')}`);
      assert.ok(Math.abs(parseNumber(printed[1] ?? '') - cost) <= 0.15, `printed ${printed[1]}, table ${cost}`);
    },
  },
  {
    says: 'And it does worse than clean training on noisy digits',
    check: (run) => {
      const [shifts, clean] = [trainedOn(run, 'random shifts'), trainedOn(run, 'clean')];
      assert.ok(shifts.noisy < clean.noisy, `noisy test: random shifts ${shifts.noisy}, clean ${clean.noisy}`);
    },
  },
  {
    says: 'The network trained with pixel noise is the best of the five on the noisy test set',
    check: (run) => {
      const noisy = run.rows('shifted-race').map((r) => ({ name: r['trained on'], noisy: parseNumber(r['noisy test'] ?? '') }));
      const best = noisy.reduce((a, b) => (b.noisy > a.noisy ? b : a));
      assert.equal(best.name, 'pixel noise', `noisy test: ${noisy.map((r) => `${r.name} ${r.noisy}`).join(', ')}`);
    },
  },
  {
    says: 'at a cost of at most a few points on clean digits, and the shifts trouble it as much as they trouble clean training',
    check: (run) => {
      const [noise, clean] = [trainedOn(run, 'pixel noise'), trainedOn(run, 'clean')];
      assert.ok(pointsBelow(clean.clean, noise.clean) <= 4, `clean test: pixel noise ${noise.clean}, clean ${clean.clean}`);
      assert.ok(noise.shifted < clean.clean / 2 && Math.abs(noise.shifted - clean.shifted) <= 0.1, `shifted test: pixel noise ${noise.shifted}, clean ${clean.shifted}`);
    },
  },
  {
    says: 'here it keeps its clean accuracy and does no better than clean training on the shifted or the noisy test set',
    check: (run) => {
      const [mixup, clean] = [trainedOn(run, 'mixup'), trainedOn(run, 'clean')];
      assert.ok(mixup.clean >= clean.clean - 0.03, `clean test: mixup ${mixup.clean}, clean ${clean.clean}`);
      assert.ok(mixup.shifted <= clean.shifted + 0.03, `shifted test: mixup ${mixup.shifted}, clean ${clean.shifted}`);
      assert.ok(mixup.noisy <= clean.noisy + 0.03, `noisy test: mixup ${mixup.noisy}, clean ${clean.noisy}`);
    },
  },
  {
    says: 'the network still reads the clean test digits well: it loses only a few points',
    check: (run) => {
      const [wrong, clean] = [trainedOn(run, '20 % wrong labels'), trainedOn(run, 'clean')];
      const cost = pointsBelow(clean.clean, wrong.clean);
      assert.ok(wrong.clean >= 0.9 && cost >= 0 && cost <= 8, `clean test: 20 % wrong labels ${wrong.clean}, clean ${clean.clean}`);
    },
  },
  {
    says: 'on the noisy test set it falls further than clean training does',
    check: (run) => {
      const [wrong, clean] = [trainedOn(run, '20 % wrong labels'), trainedOn(run, 'clean')];
      assert.ok(wrong.clean - wrong.noisy > clean.clean - clean.noisy, `clean → noisy: wrong labels ${wrong.clean} → ${wrong.noisy}, clean ${clean.clean} → ${clean.noisy}`);
    },
  },
  {
    says: 'With $\\varepsilon = 0.1$ and $K = 10$: $\\ln(0.91 / 0.01) = \\ln 91 \\approx 4.51$',
    check: (run) => {
      const gaps = run.numbers('check-soft-targets', /logit gap ([\d.]+) after/);
      assert.equal(gaps.length, 1);
      assert.ok(Math.abs((gaps[0] ?? 0) - 4.51) < 0.01, `logit gap after descent on smoothed labels: ${gaps[0]}`);
    },
  },
  {
    says: 'the loss approaches $H(q)$ as those eight logits fall towards $-\\infty$, and never gets there',
    check: (run) => {
      const excess = run.numbers('check-soft-targets', /loss − H\(q\) = ([\d.e+-]+) after/);
      const gaps = run.numbers('check-soft-targets', /gap from "3" to an absent digit ([\d.]+), then/);
      const later = run.number('check-soft-targets', /absent digit [\d.]+, then ([\d.]+)/);
      assert.ok(excess.length === 1 && (excess[0] ?? 0) > 0, `loss above H(q) after 1,000 steps: ${excess[0]}`);
      const after4000 = run.number('check-soft-targets', /after 1,000 steps, ([\d.e+-]+) after 4,000;/);
      assert.ok(after4000 > 0 && after4000 < (excess[0] ?? 0), `loss above H(q): ${excess[0]} then ${after4000}`);
      assert.ok(later > (gaps[0] ?? Infinity), `gap to an absent digit: ${gaps[0]} then ${later}`);
    },
  },
];
