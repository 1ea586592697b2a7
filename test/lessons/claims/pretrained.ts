import assert from 'node:assert/strict';
import { fail, type Claim, type LessonRun } from './claim';

const SCRATCH = 'from scratch';
const FROZEN = 'pretrained, frozen (new head only)';
const AT_ONCE = 'pretrained, fine-tuned at once';
const HEAD_FIRST = 'pretrained, head first, then fine-tuned';

/** A contestant's mean test accuracy (seeds 1–3) after 1, 5 and 30 epochs, and its seeds ahead of scratch. */
function race(run: LessonRun, model: string) {
  const at = (column: string) => run.figure('transfer', model, column);
  const ahead = run.rows('transfer').find((row) => row['model'] === model)?.['seeds ahead of scratch'] ?? '';
  return { epoch1: at('after 1 epoch'), epoch5: at('after 5 epochs'), epoch30: at('after 30 epochs'), ahead };
}

/** The 20-images-per-digit cell: each seed's two accuracies, and the printed mean gain and count ahead. */
function moreData(run: LessonRun) {
  const scratch = run.numbers('more-data', /from scratch ([\d.]+)/);
  const headFirst = run.numbers('more-data', /head first, then fine-tuned ([\d.]+)/);
  if (scratch.length !== 4 || headFirst.length !== 4) fail(`the more-data cell printed:\n${run.text('more-data')}`);
  const meanGain = run.number('more-data', /mean gain over seeds 1–4: ([+\-−\d.]+)/);
  const ahead = run.number('more-data', /ahead in (\d) of 4/);
  return { scratch, headFirst, meanGain, ahead };
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** What lessons/pretrained.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: 'With 5 images per digit the frozen and the head-first models lead from the first epoch to the last.',
    check(run) {
      const scratch = race(run, SCRATCH);
      for (const model of [FROZEN, HEAD_FIRST]) {
        const r = race(run, model);
        for (const key of ['epoch1', 'epoch5', 'epoch30'] as const) {
          assert.ok(r[key] > scratch[key], `${model} ${r[key]} against from scratch ${scratch[key]} (${key})`);
        }
      }
    },
  },
  {
    says: 'the model fine-tuned head first beats from scratch by several points on average',
    check(run) {
      const gain = run.number('transfer', /minus from scratch, after 30 epochs: ([+\-−\d.]+)/);
      const table = race(run, HEAD_FIRST).epoch30 - race(run, SCRATCH).epoch30;
      assert.ok(Math.abs(gain - table) < 0.002, `printed gain ${gain}, table gap ${table}`);
      assert.ok(gain >= 0.03, `head first minus from scratch after 30 epochs: ${gain}`);
    },
  },
  {
    says: 'and is ahead on every seed',
    check(run) {
      assert.equal(race(run, HEAD_FIRST).ahead, '3 of 3');
    },
  },
  {
    says: 'the frozen model with only a new head is a little behind it',
    check(run) {
      const gap = race(run, HEAD_FIRST).epoch30 - race(run, FROZEN).epoch30;
      assert.ok(gap > 0 && gap <= 0.05, `head first minus frozen after 30 epochs: ${gap}`);
    },
  },
  {
    says: 'A point or two is 2 to 4 of the 179 test images',
    check(run) {
      const counts = run.numbers('transfer', /training images, (\d+) test images/);
      assert.equal(counts.length, 3, run.text('transfer'));
      for (const count of counts) assert.equal(count, 179, `test images: ${counts.join(', ')}`);
    },
  },
  {
    says: 'it ends well behind the frozen and head-first ones',
    check(run) {
      const scratch = race(run, SCRATCH).epoch30;
      for (const model of [FROZEN, HEAD_FIRST]) {
        assert.ok(race(run, model).epoch30 - scratch >= 0.03, `${model} ${race(run, model).epoch30}, from scratch ${scratch}`);
      }
    },
  },
  {
    says: 'One pretrained model lost most of its head start: fine-tuned at once.',
    check(run) {
      const atOnce = race(run, AT_ONCE);
      assert.notEqual(atOnce.ahead, '3 of 3', 'fine-tuned at once was ahead of from scratch on every seed');
    },
  },
  {
    says: 'most of the head start is lost',
    check(run) {
      const scratch = race(run, SCRATCH).epoch30;
      const kept = race(run, AT_ONCE).epoch30 - scratch;
      const available = race(run, HEAD_FIRST).epoch30 - scratch;
      assert.ok(kept < available / 2, `fine-tuned at once kept ${kept} of the ${available} head first gained over from scratch`);
    },
  },
  {
    says: "It keeps the frozen model's start",
    check(run) {
      const frozen = race(run, FROZEN).epoch30;
      const headFirst = race(run, HEAD_FIRST).epoch30;
      assert.ok(headFirst >= frozen - 0.02, `head first ${headFirst}, frozen ${frozen}`);
    },
  },
  {
    says: 'a linear head on it does almost as well as fine-tuning every layer afterwards',
    check(run) {
      const gap = race(run, HEAD_FIRST).epoch30 - race(run, FROZEN).epoch30;
      const gain = race(run, HEAD_FIRST).epoch30 - race(run, SCRATCH).epoch30;
      assert.ok(gap <= 0.05 && gap < gain / 2, `head first minus frozen ${gap}, head first minus from scratch ${gain}`);
    },
  },
  {
    says: 'from scratch already reaches about 0.96',
    check(run) {
      const { scratch } = moreData(run);
      assert.ok(Math.abs(mean(scratch) - 0.96) <= 0.02, `from scratch with 20 per digit: ${scratch.join(', ')}`);
    },
  },
  {
    says: 'the gain shrinks to a point or two on average',
    check(run) {
      const { scratch, headFirst, meanGain } = moreData(run);
      assert.ok(Math.abs(meanGain - (mean(headFirst) - mean(scratch))) < 0.002, `printed ${meanGain}`);
      assert.ok(meanGain > 0.003 && meanGain <= 0.025, `mean gain with 20 per digit: ${meanGain}`);
      const transferGain = run.number('transfer', /minus from scratch, after 30 epochs: ([+\-−\d.]+)/);
      assert.ok(meanGain < transferGain / 2, `gain with 20 per digit ${meanGain}, with 5 per digit ${transferGain}`);
    },
  },
  {
    says: 'ahead on most seeds',
    check(run) {
      assert.ok(moreData(run).ahead >= 3, `ahead in ${moreData(run).ahead} of 4`);
    },
  },
  {
    says: 'well above zero for the pretrained layer, about zero for the random one',
    check(run) {
      const pretrained = run.number('basis', /pretrained (-?[\d.]+)/);
      const random = run.number('basis', /random (-?[\d.]+)/);
      assert.ok(pretrained >= 0.2, `pretrained neighbouring-pixel correlation ${pretrained}`);
      assert.ok(Math.abs(random) <= 0.1, `random neighbouring-pixel correlation ${random}`);
    },
  },
  {
    says: 'strict convexity says all three must end at the same weights',
    check(run) {
      assert.match(run.text('check-convex-head'), /✓ the head problem is convex/);
    },
  },
  {
    says: 'run plain gradient descent with the step $1.9 / L$, which must lower the loss at every step',
    check(run) {
      assert.match(run.text('check-convex-head'), /the loss went up on 0 of 100 steps/);
      const bound = run.number('check-convex-head', /curvature bound L from the features: ([\d.]+)/);
      const measured = run.number('check-convex-head', /largest measured curvature: ([\d.]+)/);
      assert.ok(measured <= bound * 1.001 && measured > 0, `curvature ${measured} against the bound ${bound}`);
    },
  },
];
