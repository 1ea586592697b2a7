import assert from 'node:assert/strict';
import type { Claim, LessonRun } from './claim';

/** A loop's "N tensors before, M after 60 steps" line. */
function tensorCounts(run: LessonRun, id: string, loop: string) {
  const before = run.number(id, new RegExp(`${loop}: (\\d+) tensors before`));
  const after = run.number(id, new RegExp(`${loop}: \\d+ tensors before, (\\d+) after 60 steps`));
  return { before, after };
}

/** A loop's "loss A at step 1, B at step 60" line. */
function losses(run: LessonRun, id: string) {
  return { first: run.number(id, /loss ([\d.]+) at step 1,/), last: run.number(id, /, ([\d.]+) at step 60/) };
}

/** The theory check's measurements of the central difference's error. */
function stepSweep(run: LessonRun) {
  return {
    left: run.number('check-step', /slope of log error: (-?[\d.]+) for h ≤ 1e-4/),
    right: run.number('check-step', /, (-?[\d.]+) for h ≥ 0.05/),
    best: run.number('check-step', /best step ([\d.e+-]+) \(/),
    bestError: run.number('check-step', /error there ([\d.e+-]+);/),
    atTiny: run.number('check-step', /at h = 1e-6 ([\d.e+-]+);/),
    atTestStep: run.number('check-step', /at h = 1e-2 ([\d.e+-]+)/),
  };
}

const EPS = 2 ** -24;
const withinTenfold = (value: number, of: number) => value / of < 10 && of / value < 10;

/** The verdict line of test `name` in cell `id` ("✓ name: passed", "✗ name: failed. …"). */
function verdict(run: LessonRun, id: string, name: string): string {
  const line = run.cell(id).lines.find((l) => l.slice(2).startsWith(`${name}: `));
  assert.ok(line, `cell "${id}" printed no verdict of the test "${name}":\n${run.text(id)}`);
  return line;
}

/** What lessons/reviewable-code.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: 'The count climbs by four tensors every step',
    check(run) {
      assert.match(run.text('leak'), /tensors left behind per step: 4$/m, 'every step left four tensors (one figure, 4)');
      const { before, after } = tensorCounts(run, 'leak', 'leaking loop');
      assert.equal(after - before, 240, `before ${before}, after ${after}`);
    },
  },
  {
    says: 'the loss falls all the same',
    check(run) {
      const { first, last } = losses(run, 'leak');
      assert.ok(last < 0.5 * first, `loss ${first} at step 1, ${last} at step 60`);
    },
  },
  {
    says: 'The chart stays flat: the count after each step is the count before it, plus the one snapshot of the best weights',
    check(run) {
      const { before, after } = tensorCounts(run, 'fixed', 'tidy loop');
      const most = run.number('fixed', /most at any step (\d+)/);
      assert.equal(after, before + 1, `before ${before}, after ${after}`);
      assert.equal(most, before + 1, `before ${before}, most at any step ${most}`);
    },
  },
  {
    says: 'The loss goes on falling from where the leaking loop left it',
    check(run) {
      const leaking = losses(run, 'leak');
      const tidy = losses(run, 'fixed');
      assert.ok(tidy.first < leaking.first && tidy.last < tidy.first, `leaking loop ${JSON.stringify(leaking)}, tidy loop ${JSON.stringify(tidy)}`);
    },
  },
  {
    says: 'All four tests pass',
    check(run) {
      for (const name of [
        'shape: one row of 10 probabilities per example',
        'overfit one batch: loss below 0.05 within 100 steps',
        'gradient check: tf.grad agrees with central differences',
        'seeded determinism: same seed, same weights',
      ])
        assert.match(verdict(run, 'tests', name), /^✓ .*: passed$/);
    },
  },
  {
    says: 'The overfit test reaches its bar well inside 100 steps',
    check(run) {
      const steps = run.number('tests', /overfit one batch: loss [\d.]+ after (\d+) steps/);
      assert.ok(steps <= 70, `${steps} steps`);
    },
  },
  {
    says: "the gradient check's largest gap is less than a tenth of its tolerance",
    check(run) {
      const share = run.number('tests', /gradient check: the largest gap is ([\d.]+) % of its tolerance/);
      assert.ok(share < 10, `the largest gap is ${share} % of the tolerance`);
    },
  },
  {
    says: 'The test fails: the loss came back with shape [10], one number per class, where [5] was expected',
    check(run) {
      assert.match(verdict(run, 'red', 'per-example loss: one number per example'), /^✗ .*failed\. The per-example loss has shape \[10\], but shape \[5\] was expected/);
    },
  },
  {
    says: 'The large steps fall on a slope close to 2 and the small ones on a slope close to $-1$',
    check(run) {
      const { left, right } = stepSweep(run);
      assert.ok(Math.abs(right - 2) < 0.3 && Math.abs(left + 1) < 0.3, `slopes ${left} (small steps), ${right} (large steps)`);
    },
  },
  {
    says: 'The best step lies within a factor of ten of $\\sqrt[3]{\\varepsilon}$, with an error within a factor of ten of $\\varepsilon^{2/3} \\approx 1.5 \\times 10^{-5}$',
    check(run) {
      const { best, bestError } = stepSweep(run);
      assert.ok(withinTenfold(best, Math.cbrt(EPS)), `best step ${best}, ∛ε ${Math.cbrt(EPS)}`);
      assert.ok(withinTenfold(bestError, EPS ** (2 / 3)), `error at the best step ${bestError}, ε^(2/3) ${EPS ** (2 / 3)}`);
    },
  },
  {
    says: 'At $h = 10^{-6}$ the error is more than a thousand times larger than at the best step',
    check(run) {
      const { atTiny, bestError } = stepSweep(run);
      assert.ok(atTiny > 1000 * bestError, `error ${atTiny} at h = 1e-6, ${bestError} at the best step`);
    },
  },
  {
    says: 'At $h = 10^{-2}$, the step of the gradient test, the error is still below $10^{-4}$',
    check(run) {
      const { atTestStep } = stepSweep(run);
      assert.ok(atTestStep < 1e-4, `error ${atTestStep} at h = 1e-2`);
    },
  },
];
