import assert from 'node:assert/strict';
import { fail, parseNumber, type Claim, type LessonRun } from './claim';

/** The learning curve's table: one row per run, in order of size. */
function curve(run: LessonRun) {
  return run.rows('learning-curve').map((r) => ({
    n: parseNumber(r['training images'] ?? ''),
    train: parseNumber(r['train accuracy'] ?? ''),
    test: parseNumber(r['test accuracy'] ?? ''),
    gap: parseNumber(r['gap'] ?? ''),
  }));
}

/** The prediction table's figures at `k` times the data (k = 1: the measured size). */
function predicted(run: LessonRun, k: 1 | 2 | 4) {
  const rows = run.rows('extrapolate');
  const row = rows[k === 1 ? 0 : k === 2 ? 1 : 2];
  if (!row) fail(`the prediction table has ${rows.length} rows`);
  return { pure: parseNumber(row['pure power law'] ?? ''), saturating: parseNumber(row['saturating law'] ?? '') };
}

/** The measured test error and its standard error, as the cell printed them. */
function measured(run: LessonRun) {
  const match = /measured:\s+([\d.]+) ± ([\d.]+) \(one standard error of (\d+) test images\)/.exec(run.text('extrapolate'));
  if (!match) fail(`the cell printed no "measured: e ± se" line:\n${run.text('extrapolate')}`);
  return { error: parseNumber(match[1] ?? ''), se: parseNumber(match[2] ?? ''), testImages: parseNumber(match[3] ?? '') };
}

/** What lessons/learning-curves.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: 'the cell trains the network from lesson 1 five times, on growing slices of the training set, and plots accuracy against size as it goes',
    saysIn: { 'zh-cn': '这个单元格用第 1 课的网络训练五次，训练集的切片一次比一次大，边训练边画出准确率随数据量的变化' },
    check: (run) => {
      const sizes = curve(run).map((p) => p.n);
      assert.equal(sizes.length, 5, `runs: ${sizes.join(', ')}`);
      assert.ok(
        sizes.every((n, i) => i === 0 || n > (sizes[i - 1] ?? 0)),
        `sizes ${sizes.join(', ')}`,
      );
      assert.match(run.cell('learning-curve').charts[0] ?? '', /^5 points\./);
    },
  },
  {
    says: '1,438 training images, 359 test images',
    saysIn: { 'zh-cn': '1,438 张训练图像，359 张测试图像' },
    check: (run) => {
      assert.equal(curve(run).at(-1)?.n, 1438);
      assert.equal(measured(run).testImages, 359);
    },
  },
  {
    says: 'The run on 72 images (5 %) already reads more than four test digits in five correctly',
    saysIn: { 'zh-cn': '只用 72 张图像（5 %）的那次运行，已经能正确读出五个测试数字中的四个以上' },
    check: (run) => {
      const first = curve(run)[0];
      assert.equal(first?.n, 72);
      assert.ok((first?.test ?? 0) > 0.8, `test accuracy on 72 images: ${first?.test}`);
    },
  },
  {
    says: 'the gains shrink as the data grows',
    saysIn: { 'zh-cn': '数据越多，提升越小' },
    check: (run) => {
      const tests = curve(run).map((p) => p.test);
      const gains = tests.slice(1).map((t, i) => t - (tests[i] ?? 0));
      const [first = 0] = gains;
      assert.ok(
        gains.slice(2).every((g) => g < first),
        `gains between sizes: ${gains.map((g) => g.toFixed(3)).join(', ')}`,
      );
    },
  },
  {
    says: 'The train curve sits near 1',
    saysIn: { 'zh-cn': '训练曲线贴近 1' },
    check: (run) => {
      const train = curve(run).map((p) => p.train);
      assert.ok(
        train.every((a) => a >= 0.97),
        `train accuracies ${train.join(', ')}`,
      );
    },
  },
  {
    says: 'The test curve rises steeply at first and then flattens',
    saysIn: { 'zh-cn': '测试曲线开始时上升很陡，然后趋于平缓' },
    check: (run) => {
      const tests = curve(run).map((p) => p.test);
      const firstGain = (tests[1] ?? 0) - (tests[0] ?? 0);
      const lastGain = (tests[4] ?? 0) - (tests[3] ?? 0);
      assert.ok(firstGain > 0.03 && lastGain < firstGain / 2, `first doubling +${firstGain.toFixed(3)}, last +${lastGain.toFixed(3)}`);
    },
  },
  {
    says: 'Over the small runs, each doubling of the data removes a roughly constant fraction of the remaining error',
    saysIn: { 'zh-cn': '在小规模运行的范围内，数据每翻一倍，剩余误差就减少一个大致恒定的比例' },
    check: (run) => {
      const points = curve(run).slice(0, 4);
      // The share of the error one doubling removes, between consecutive sizes (72, 144, 360, 719).
      const perDoubling = points
        .slice(1)
        .map((p, i) => 1 - ((1 - p.test) / (1 - (points[i]?.test ?? 0))) ** (1 / Math.log2(p.n / (points[i]?.n ?? 1))));
      const low = Math.min(...perDoubling);
      const high = Math.max(...perDoubling);
      assert.ok(low > 0.1 && high < 2 * low, `share of the error removed per doubling: ${perDoubling.map((r) => r.toFixed(2)).join(', ')}`);
    },
  },
  {
    says: 'The gap between the curves shrinks as data grows',
    saysIn: { 'zh-cn': '两条曲线之间的差距随数据增多而缩小' },
    check: (run) => {
      const gaps = curve(run).map((p) => p.gap);
      assert.ok(
        gaps.every((g, i) => i === 0 || g <= (gaps[i - 1] ?? 0)),
        `gaps ${gaps.join(', ')}`,
      );
    },
  },
  {
    says: 'The straight line fitted to the four small runs predicts a lower error at 1,438 images than the run measures',
    saysIn: { 'zh-cn': '用四次小规模运行拟合出的直线，在 1,438 张图像处预测的误差比实际测得的低' },
    check: (run) => {
      const { pure } = predicted(run, 1);
      assert.ok(pure < measured(run).error, `pure power law ${pure}, measured ${measured(run).error}`);
    },
  },
  {
    says: 'the curve bends away from the line at the end',
    saysIn: { 'zh-cn': '曲线在末端偏离了直线' },
    check: (run) => {
      // Bending up, away from the line: the last run's error sits above what the line through the
      // four small runs predicts for it.
      const { pure } = predicted(run, 1);
      const { error } = measured(run);
      assert.ok(error > pure, `measured ${error} at 1,438 images, the line predicts ${pure}`);
    },
  },
  {
    says: 'Fitted to the same four runs, the saturating law lands closer to the measurement than the pure power law',
    saysIn: { 'zh-cn': '用同样的四次运行拟合，饱和幂律比纯幂律更接近测量值' },
    check: (run) => {
      const { pure, saturating } = predicted(run, 1);
      const { error } = measured(run);
      assert.ok(Math.abs(saturating - error) < Math.abs(pure - error), `saturating ${saturating}, pure ${pure}, measured ${error}`);
    },
  },
  {
    says: 'it predicts that doubling or quadrupling the data buys less than the straight line promises',
    saysIn: { 'zh-cn': '它还预测，数据翻一倍或翻两番所带来的提升，比直线许诺的要少' },
    check: (run) => {
      const now = predicted(run, 1);
      for (const k of [2, 4] as const) {
        const later = predicted(run, k);
        assert.ok(now.saturating - later.saturating < now.pure - later.pure, `at ${k}× the data: saturating ${later.saturating}, pure ${later.pure} (now ${now.saturating}, ${now.pure})`);
      }
    },
  },
  {
    says: 'one image is 0.28 % of accuracy',
    saysIn: { 'zh-cn': '一张图像就是 0.28 % 的准确率' },
    check: (run) => assert.equal((100 / measured(run).testImages).toFixed(2), '0.28'),
  },
  {
    says: 'about ± 1 % at $e \\approx 4\\,\\%$ and $N = 359$',
    saysIn: { 'zh-cn': '在 $e \\approx 4\\,\\%$、$N = 359$ 时约为 ± 1 %' },
    check: (run) => {
      const { error, se } = measured(run);
      assert.ok(error > 0.03 && error < 0.055, `measured test error ${error}`);
      assert.ok(se > 0.008 && se < 0.013, `standard error ${se}`);
      assert.equal(Math.sqrt((error * (1 - error)) / 359).toFixed(3), se.toFixed(3), 'the printed standard error is sqrt(e (1 - e) / 359)');
    },
  },
  {
    says: 'With four points and three unknowns the fit is nearly exact (the second cell prints its largest miss on those four runs: well under one standard error)',
    saysIn: { 'zh-cn': '四个点、三个未知量，拟合几乎是精确的（第二个单元格打印出它在这四次运行上的最大偏差：远小于一个标准误差）' },
    check: (run) => {
      const miss = run.number('extrapolate', /on the four runs they were fitted to, the largest miss: .*saturating law ([\d.]+)/);
      assert.ok(miss < 0.5, `the saturating law misses one of its four runs by ${miss} standard errors`);
    },
  },
  {
    says: 'the floor is poorly pinned down: the cell prints every floor that fits the four runs within one standard error, and they span more than half the way from zero to the smallest error seen',
    saysIn: { 'zh-cn': '下限却很难确定：这个单元格打印出与四次运行的偏差都在一个标准误差以内的全部下限，它们覆盖了从零到所见最小误差的一半以上' },
    check: (run) => {
      const match = /floors that fit the four runs within one standard error: ([\d.]+) to ([\d.]+) \(the best ([\d.]+); the smallest error seen ([\d.]+)\)/.exec(run.text('extrapolate'));
      if (!match) fail(`the cell printed no range of floors:\n${run.text('extrapolate')}`);
      const [low, high, best, smallest] = match.slice(1).map(parseNumber) as [number, number, number, number];
      assert.ok(low <= best && best <= high, `the best floor ${best} should lie in the range ${low}–${high}`);
      assert.ok(high - low > smallest / 2, `floors ${low}–${high} span less than half of 0–${smallest}`);
    },
  },
  {
    says: 'its curvatures differ by a factor of several hundred',
    saysIn: { 'zh-cn': '它的各个曲率相差好几百倍' },
    check: (run) => {
      const match = /eigenvalues\): ([\d.]+) and ([\d.]+), a factor of (\d+) apart/.exec(run.text('check-power-law-fit'));
      if (!match) fail(`the check cell printed no curvatures:\n${run.text('check-power-law-fit')}`);
      const [smallest, largest, factor] = match.slice(1).map(parseNumber) as [number, number, number];
      // The Hessian 2 [[m, Σu], [Σu, Σu²]] of the cell's sizes, u = ln n, worked out here on its own.
      const us = [50, 100, 200, 400, 800, 1600].map(Math.log);
      const [h11, h12, h22] = [2 * us.length, 2 * us.reduce((s, u) => s + u, 0), 2 * us.reduce((s, u) => s + u * u, 0)];
      const mean = (h11 + h22) / 2;
      const radius = Math.hypot((h11 - h22) / 2, h12);
      assert.ok(Math.abs(smallest - (mean - radius)) < 2e-3 && Math.abs(largest - (mean + radius)) < 0.1, `curvatures ${smallest} and ${largest}, expected ${mean - radius} and ${mean + radius}`);
      assert.equal(factor, Math.round((mean + radius) / (mean - radius)), `the printed factor ${factor}`);
      assert.ok(factor >= 200 && factor < 1000, `the curvatures differ by a factor of ${factor}`);
    },
  },
  {
    says: 'gradient descent takes thousands of steps to agree with the formula',
    saysIn: { 'zh-cn': '梯度下降要走上几千步才能与公式的结果一致' },
    check: (run) => {
      const steps = run.number('check-power-law-fit', /first within 0\.001 of the closed form's b .* after (\d+) steps/);
      assert.ok(steps >= 2000 && steps < 100_000, `gradient descent agreed after ${steps} steps`);
    },
  },
  {
    says: 'The last doubling, from 719 to 1,438 images, changed the test error by less than two standard errors',
    saysIn: { 'zh-cn': '最后一次翻倍，从 719 张到 1,438 张图像，测试误差的变化不到两个标准误差' },
    check: (run) => {
      const standardErrors = run.number('extrapolate', /last doubling, 719 → 1438 images: .*\(([\d.]+) standard errors\)/);
      assert.ok(standardErrors < 2, `the last doubling moved the error by ${standardErrors} standard errors`);
    },
  },
];
