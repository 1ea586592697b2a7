import assert from 'node:assert/strict';
import { fail, parseNumber, type Claim, type LessonRun } from './claim';

/** One step's verdict line of the verdicts cell: "shifted images: gain −5.76 points, 95 % interval −7.89 … −3.62: hurt". */
interface Verdict {
  gain: number;
  low: number;
  high: number;
  verdict: string;
}

const VERDICT = /^(.+): gain ([−+\d.]+) points, 95 % interval ([−+\d.]+) … ([−+\d.]+): (helped|hurt|not demonstrated)$/;

/** The verdict the cell `id` printed for `step`. */
function verdictOf(run: LessonRun, id: string, step: string): Verdict {
  for (const line of run.cell(id).lines) {
    const match = VERDICT.exec(line);
    if (match && match[1] === step) {
      return { gain: parseNumber(match[2] ?? ''), low: parseNumber(match[3] ?? ''), high: parseNumber(match[4] ?? ''), verdict: match[5] ?? '' };
    }
  }
  fail(`cell "${id}" printed no verdict for "${step}":\n${run.text(id)}`);
}

/** Every verdict line of the verdicts cell. */
const allVerdicts = (run: LessonRun) => run.cell('verdicts').lines.filter((line) => VERDICT.test(line));

/** A step's row of the verdicts table: its paired half-width and its unpaired one, in points. */
function halfWidths(run: LessonRun, step: string) {
  const row = run.rows('verdicts').find((r) => r['step'] === step);
  if (!row) fail(`the verdicts table has no row "${step}"`);
  const [low, high] = (row['95 % interval, paired'] ?? '').split(' … ').map(parseNumber);
  return { paired: ((high ?? NaN) - (low ?? NaN)) / 2, unpaired: parseNumber(row['half-width, unpaired'] ?? '') };
}

/** Checks that `v` is `verdict`, with a mean gain between `from` and `to` points. */
function expectVerdict(v: Verdict, verdict: string, from: number, to: number, what: string) {
  assert.equal(v.verdict, verdict, `${what}: ${JSON.stringify(v)}`);
  assert.ok(v.gain >= from && v.gain <= to, `${what}: gain ${v.gain} points, expected ${from} … ${to}`);
  if (verdict === 'helped') assert.ok(v.low > 0, `${what}: interval ${v.low} … ${v.high}`);
  if (verdict === 'hurt') assert.ok(v.high < 0, `${what}: interval ${v.low} … ${v.high}`);
  if (verdict === 'not demonstrated') assert.ok(v.low < 0 && v.high > 0, `${what}: interval ${v.low} … ${v.high}`);
}

/** What lessons/one-project-deep.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: "The table is the log's view of the baseline: four runs, one per seed, pooled into a mean and lesson 7's 95 % interval.",
    check: (run) => {
      assert.equal(run.figure('baseline', 'baseline', 'seeds'), 4);
      const [low, high] = (run.rows('baseline')[0]?.['val accuracy 95 % interval'] ?? '').split(' … ').map(parseNumber);
      const mean = run.figure('baseline', 'baseline', 'val accuracy');
      assert.ok((low ?? NaN) < mean && mean < (high ?? NaN), `mean ${mean}, interval ${low} … ${high}`);
      assert.match(run.text('baseline'), /runs in the log: 4$/m);
    },
  },
  {
    says: "the chart shows each recipe's mean training loss by epoch",
    check: (run) => {
      // Six recipes; the longest curve (20 epochs) has 20 points.
      const chart = run.cell('steps').charts[0] ?? fail('the steps cell drew no chart');
      assert.match(chart, /^20 points\./);
      assert.equal(run.rows('steps').length, 6);
      assert.match(run.text('steps'), /runs in the log: 24$/m);
    },
  },
  {
    says: 'Two steps **helped**: a learning rate of 0.03 and training for 20 epochs, each by one to three and a half points, with the whole paired interval above 0.',
    check: (run) => {
      expectVerdict(verdictOf(run, 'verdicts', 'learning rate 0.03'), 'helped', 1, 3.5, 'learning rate 0.03');
      expectVerdict(verdictOf(run, 'verdicts', '20 epochs'), 'helped', 1, 3.5, '20 epochs');
    },
  },
  {
    says: 'Two steps **hurt**: the shifted images cost three to eight points, and the cosine schedule two to four.',
    check: (run) => {
      expectVerdict(verdictOf(run, 'verdicts', 'shifted images'), 'hurt', -8.5, -2.5, 'shifted images');
      expectVerdict(verdictOf(run, 'verdicts', 'cosine schedule'), 'hurt', -4.5, -1.5, 'cosine schedule');
    },
  },
  {
    says: 'did nothing you can see: its interval contains 0, and its mean gain is under a point and a half either way',
    check: (run) => expectVerdict(verdictOf(run, 'verdicts', 'He initialisation'), 'not demonstrated', -1.5, 1.5, 'He initialisation'),
  },
  {
    says: "Training for 20 epochs repeats the baseline's first 10 epochs exactly (the second cell checks: the losses are equal)",
    check: (run) => {
      assert.match(run.text('steps'), /20 epochs: the first 10 epochs' losses equal the baseline's, seed by seed: yes/);
    },
  },
  {
    says: 'for both, the paired interval is narrower than the unpaired one',
    check: (run) => {
      for (const step of ['20 epochs', 'cosine schedule']) {
        const { paired, unpaired } = halfWidths(run, step);
        assert.ok(paired < unpaired, `${step}: paired half-width ${paired}, unpaired ${unpaired}`);
      }
    },
  },
  {
    says: 'The final recipe trains with both winners and beats the baseline on the test images too, by about three points, with an interval above 0',
    check: (run) => {
      assert.match(run.text('final'), /final recipe: the baseline with learning rate 0\.03 and 20 epochs: \{"lr":0\.03,"epochs":20\}/);
      const onTest = verdictOf(run, 'final', 'final against baseline on the test images');
      expectVerdict(onTest, 'helped', 1.5, 4.5, 'the final recipe on the test images');
    },
  },
  {
    says: 'The log now holds 28 runs (four seeds of seven recipes)',
    check: (run) => {
      assert.match(run.text('final'), /runs in the log: 28$/m);
      assert.deepEqual(
        run.rows('final').map((row) => [row['run'], row['seeds']]),
        [
          ['baseline', '4'],
          ['final', '4'],
        ],
      );
    },
  },
  {
    says: 'turned five ideas into two real gains, two losses and one shrug',
    check: (run) => {
      const verdicts = allVerdicts(run).map((line) => VERDICT.exec(line)?.[5]);
      assert.equal(verdicts.length, 5, allVerdicts(run).join('\n'));
      assert.deepEqual(
        ['helped', 'hurt', 'not demonstrated'].map((v) => verdicts.filter((x) => x === v).length),
        [2, 2, 1],
      );
    },
  },
  {
    says: 'The width ratio comes out a little above $1/\\sqrt{1 - \\rho}$',
    check: (run) => {
      const ratio = run.number('check-pairing', /\(ratio ([\d.]+);/);
      const derived = run.number('check-pairing', /1\/√\(1 − ρ\) = ([\d.]+)\)/);
      assert.ok(ratio > derived && ratio < derived * 1.1, `ratio ${ratio}, 1/√(1 − ρ) = ${derived}`);
    },
  },
];
