import assert from 'node:assert/strict';
import { fail, parseNumber, type Claim, type LessonRun } from './claim';

const SETS = ['digits', 'mnist', 'spirals'] as const;
type SetName = (typeof SETS)[number];
const MODELS = {
  logistic: 'logistic regression',
  knn: 'k-nearest neighbours (k = 5)',
  mlp: 'MLP (2 hidden layers of 32)',
  cnn: 'small CNN (8 filters 3×3)',
} as const;
type Model = keyof typeof MODELS;

/** The bake-off table's rows of one data set. */
function rowsOf(run: LessonRun, set: SetName) {
  return run
    .rows('bake-off')
    .filter((r) => r['data set'] === set)
    .map((r) => ({
      model: r['model'] ?? '',
      accuracy: parseNumber(r['test accuracy'] ?? ''),
      logLoss: parseNumber(r['log loss'] ?? ''),
      seconds: parseNumber(r['seconds'] ?? ''),
    }));
}

/** One model's row on one data set. */
function result(run: LessonRun, set: SetName, model: Model) {
  const row = rowsOf(run, set).find((r) => r.model === MODELS[model]);
  if (!row) fail(`the bake-off table has no row for ${MODELS[model]} on ${set}`);
  return row;
}

/** What the cell printed about a data set's test-set noise. */
function noise(run: LessonRun, set: SetName) {
  const line = run
    .cell('bake-off')
    .lines.find((l) => l.startsWith(`${set}:`));
  const match = line && /^\w+: (\d+) test images, one image = ([\d.]+); best ([\d.]+) ± ([\d.]+); within two standard errors of it: (.*)$/.exec(line);
  if (!match) fail(`the bake-off cell printed no noise line for ${set}:\n${run.text('bake-off')}`);
  return {
    n: parseNumber(match[1] ?? ''),
    oneImage: parseNumber(match[2] ?? ''),
    best: parseNumber(match[3] ?? ''),
    se: parseNumber(match[4] ?? ''),
    close: (match[5] ?? '').split('; '),
  };
}

/** The smoothing table's rows. */
function sweep(run: LessonRun) {
  return run.rows('knn-smoothing').map((r) => ({
    alpha: parseNumber(r['smoothing α'] ?? ''),
    largestP: parseNumber(r['largest p'] ?? ''),
    floor: parseNumber(r['floor −ln p'] ?? ''),
    test: { digits: parseNumber(r['digits: test log loss'] ?? ''), mnist: parseNumber(r['mnist: test log loss'] ?? '') },
  }));
}

/** The smoothing cell's line for a data set: α chosen by leave-one-out and the two log losses. */
function chosen(run: LessonRun, set: 'digits' | 'mnist') {
  const match = new RegExp(`${set}: α chosen by leave-one-out on the training set: ([\\d.e-]+); kNN test log loss ([\\d.]+), the MLP's ([\\d.]+)`).exec(
    run.text('knn-smoothing'),
  );
  if (!match) fail(`the smoothing cell printed no "α chosen" line for ${set}:\n${run.text('knn-smoothing')}`);
  return { alpha: parseNumber(match[1] ?? ''), knn: parseNumber(match[2] ?? ''), mlp: parseNumber(match[3] ?? '') };
}

/** The best accuracy on a set and the models within two standard errors of it, from the table. */
function ranking(run: LessonRun, set: SetName) {
  const rows = rowsOf(run, set);
  const n = noise(run, set).n;
  const best = Math.max(...rows.map((r) => r.accuracy));
  const se = Math.sqrt((best * (1 - best)) / n);
  return { rows, best, se, tied: (model: Model) => best - result(run, set, model).accuracy <= 2 * se };
}

/** What lessons/bake-off.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: 'four model families, three data sets, one fair comparison',
    saysIn: { 'zh-cn': '四类模型、三个数据集、一次公平的比较' },
    check: (run) => {
      for (const set of SETS) {
        const models = rowsOf(run, set).map((r) => r.model);
        assert.deepEqual(models, set === 'spirals' ? [MODELS.logistic, MODELS.knn, MODELS.mlp] : Object.values(MODELS), `${set}: ${models.join(', ')}`);
      }
    },
  },
  {
    says: 'the test set holds 359 images, so one image is 0.3 points of accuracy, and an accuracy near 0.98 would move by about ± 0.007 on another 359 images',
    saysIn: { 'zh-cn': '测试集有 359 张图像，所以一张图像就是 0.3 个百分点的准确率；准确率在 0.98 附近时，换另外 359 张图像大约会变动 ± 0.007' },
    check: (run) => {
      const digits = noise(run, 'digits');
      assert.equal(digits.n, 359);
      assert.ok(Math.abs(digits.oneImage * 100 - 0.3) < 0.05, `one image = ${digits.oneImage}`);
      assert.ok(digits.best >= 0.97 && digits.best <= 0.99, `best digits accuracy ${digits.best}`);
      assert.ok(digits.se >= 0.005 && digits.se <= 0.009, `its standard error ${digits.se}`);
    },
  },
  {
    says: 'kNN and the MLP finish within two standard errors of each other: this test set cannot rank them.',
    saysIn: { 'zh-cn': 'kNN 和 MLP 的结果相差在两个标准误差以内：这个测试集无法给它们排出名次。' },
    check: (run) => {
      const [knn, mlp] = [result(run, 'digits', 'knn').accuracy, result(run, 'digits', 'mlp').accuracy];
      const { se } = ranking(run, 'digits');
      assert.ok(Math.abs(knn - mlp) <= 2 * se, `kNN ${knn}, MLP ${mlp}: more than 2 × ${se.toFixed(4)} apart`);
      for (const m of ['knn', 'mlp'] as const) assert.ok(noise(run, 'digits').close.includes(MODELS[m]), `printed: ${noise(run, 'digits').close.join('; ')}`);
    },
  },
  {
    says: 'The small CNN, given only six epochs, lands within a few points of them.',
    saysIn: { 'zh-cn': '只训练了六个轮次的小型 CNN，与它们相差不过几个百分点。' },
    check: (run) => {
      const gap = ranking(run, 'digits').best - result(run, 'digits', 'cnn').accuracy;
      assert.ok(gap <= 0.04, `the CNN is ${gap.toFixed(3)} behind the best on the digits`);
    },
  },
  {
    says: 'On MNIST, with bigger images, more varied writers and 2,000 test images, kNN, the MLP and the small CNN land within about two points of each other, all above logistic regression.',
    saysIn: { 'zh-cn': '在 MNIST 上，图像更大，书写者更多样，测试图像有 2,000 张；kNN、MLP 和小型 CNN 彼此相差大约两个百分点以内，都高于逻辑回归。' },
    check: (run) => {
      assert.equal(noise(run, 'mnist').n, 2000);
      const accuracies = (['knn', 'mlp', 'cnn'] as const).map((m) => result(run, 'mnist', m).accuracy);
      const spread = Math.max(...accuracies) - Math.min(...accuracies);
      assert.ok(spread <= 0.025, `MNIST: kNN, MLP, CNN ${accuracies.join(', ')}`);
      assert.ok(result(run, 'mnist', 'logistic').accuracy < Math.min(...accuracies), `logistic regression ${result(run, 'mnist', 'logistic').accuracy}`);
    },
  },
  {
    says: 'Logistic regression is behind the best model on every data set by more than two standard errors.',
    saysIn: { 'zh-cn': '在每个数据集上，逻辑回归都落后于最佳模型两个标准误差以上。' },
    check: (run) => {
      for (const set of SETS) {
        assert.ok(!ranking(run, set).tied('logistic'), `${set}: logistic regression ${result(run, set, 'logistic').accuracy}, best ${ranking(run, set).best}`);
        assert.ok(!noise(run, set).close.includes(MODELS.logistic), `${set} printed: ${noise(run, set).close.join('; ')}`);
      }
    },
  },
  {
    says: 'The log loss column ranks kNN last on both image sets, even though on the digits it is as accurate as any.',
    saysIn: { 'zh-cn': '对数损失一列在两个图像数据集上都把 kNN 排在最后，尽管在手写数字上它的准确率不输任何模型。' },
    check: (run) => {
      for (const set of ['digits', 'mnist'] as const) {
        const worst = rowsOf(run, set).reduce((a, b) => (b.logLoss > a.logLoss ? b : a));
        assert.equal(worst.model, MODELS.knn, `${set}: the highest log loss is ${worst.model}'s`);
      }
      assert.ok(ranking(run, 'digits').tied('knn'), `digits: kNN ${result(run, 'digits', 'knn').accuracy}, best ${ranking(run, 'digits').best}`);
    },
  },
  {
    says: 'With α = 1 the largest probability kNN can give is 0.4, so every test image costs at least −ln 0.4 = 0.916, right or wrong',
    saysIn: { 'zh-cn': '当 α = 1 时，kNN 能给出的最大概率是 0.4，所以不论猜对还是猜错，每张测试图像的代价至少是 −ln 0.4 = 0.916' },
    check: (run) => {
      const addOne = sweep(run).find((r) => r.alpha === 1);
      if (!addOne) fail('the smoothing table has no α = 1 row');
      assert.equal(addOne.largestP, 0.4);
      assert.equal(addOne.floor, 0.916);
      assert.ok(addOne.test.digits >= 0.916 && addOne.test.mnist >= 0.916, `α = 1 log losses ${addOne.test.digits}, ${addOne.test.mnist}`);
    },
  },
  {
    says: 'the 0.95 in the bake-off is that floor plus a little',
    saysIn: { 'zh-cn': '比拼结果里的 0.95 就是这个下限再加上一点' },
    check: (run) => {
      const knn = result(run, 'digits', 'knn').logLoss;
      assert.ok(knn >= 0.916 && knn <= 0.98, `digits kNN log loss ${knn}`);
      assert.equal(sweep(run).find((r) => r.alpha === 1)?.test.digits, knn, 'the α = 1 row repeats the bake-off figure');
    },
  },
  {
    says: 'Smaller α lets a unanimous vote say "sure", and the floor falls towards 0.',
    saysIn: { 'zh-cn': '更小的 α 让一致的投票可以说“很有把握”，下限也随之向 0 下降。' },
    check: (run) => {
      const rows = sweep(run);
      assert.ok(
        rows.every((r, i) => i === 0 || (r.alpha < (rows[i - 1]?.alpha ?? 0) && r.floor < (rows[i - 1]?.floor ?? 0))),
        `floors ${rows.map((r) => r.floor).join(', ')}`,
      );
      assert.ok((rows.at(-1)?.floor ?? 1) < 0.01, `the smallest floor is ${rows.at(-1)?.floor}`);
    },
  },
  {
    says: 'The best α balances the two',
    saysIn: { 'zh-cn': '最好的 α 在两者之间取得平衡' },
    check: (run) => {
      const rows = sweep(run);
      for (const set of ['digits', 'mnist'] as const) {
        const losses = rows.map((r) => r.test[set]);
        const best = losses.indexOf(Math.min(...losses));
        assert.ok(best > 0 && best < rows.length - 1, `${set}: the lowest test log loss is at the end of the sweep (${losses.join(', ')})`);
      }
    },
  },
  {
    says: 'Test accuracy does not move with α',
    saysIn: { 'zh-cn': '测试准确率不随 α 变化' },
    check: (run) => {
      for (const set of ['digits', 'mnist'] as const) {
        const match = new RegExp(`${set}: test accuracy for every α: ([\\d., ]+)`).exec(run.text('knn-smoothing'));
        if (!match) fail(`no accuracy line for ${set}:\n${run.text('knn-smoothing')}`);
        const accuracies = (match[1] ?? '').split(', ');
        assert.equal(accuracies.length, 1, `${set}: accuracies ${accuracies.join(', ')}`);
        assert.equal(parseNumber(accuracies[0] ?? ''), result(run, set, 'knn').accuracy);
      }
    },
  },
  {
    says: "With α chosen this way, kNN's log loss is no longer last: on both image sets it now beats logistic regression's and comes within 0.05 of the MLP's, or below it.",
    saysIn: { 'zh-cn': '用这种方式选出 α 之后，kNN 的对数损失就不再垫底：在两个图像数据集上，它现在都优于逻辑回归，与 MLP 相比最多高出 0.05，也可能更低。' },
    check: (run) => {
      for (const set of ['digits', 'mnist'] as const) {
        const { alpha, knn, mlp } = chosen(run, set);
        assert.ok(alpha < 1, `${set}: chosen α ${alpha}`);
        assert.equal(mlp, result(run, set, 'mlp').logLoss);
        assert.ok(knn < result(run, set, 'logistic').logLoss, `${set}: kNN ${knn}, logistic regression ${result(run, set, 'logistic').logLoss}`);
        assert.ok(knn <= mlp + 0.05, `${set}: kNN ${knn}, MLP ${mlp}`);
      }
    },
  },
  {
    says: 'On the digits, every family does well.',
    saysIn: { 'zh-cn': '在手写数字上，每一类模型都表现不错。' },
    check: (run) => {
      for (const r of rowsOf(run, 'digits')) assert.ok(r.accuracy >= 0.93, `${r.model}: ${r.accuracy}`);
    },
  },
  {
    says: 'k-nearest neighbours, with no training at all, is as accurate as any of them; the small CNN, which knows that neighbouring pixels belong together, is close behind after its six epochs',
    saysIn: { 'zh-cn': '完全不用训练的 k 近邻，准确率不输其中任何一个；小型 CNN 知道相邻的像素彼此相关，训练六个轮次后紧随其后' },
    check: (run) => {
      const { tied, best } = ranking(run, 'digits');
      assert.ok(tied('knn'), `digits: kNN ${result(run, 'digits', 'knn').accuracy}, best ${best}`);
      assert.ok(best - result(run, 'digits', 'cnn').accuracy <= 0.04, `digits: CNN ${result(run, 'digits', 'cnn').accuracy}, best ${best}`);
    },
  },
  {
    says: 'logistic regression (a single dense layer with softmax: a network with no hidden layer) is a couple of points behind',
    saysIn: { 'zh-cn': '逻辑回归（一个带 softmax 的全连接层，也就是没有隐藏层的网络）落后一两个百分点' },
    check: (run) => {
      const gap = ranking(run, 'digits').best - result(run, 'digits', 'logistic').accuracy;
      assert.ok(gap >= 0.01 && gap <= 0.04, `logistic regression is ${gap.toFixed(3)} behind the best on the digits`);
    },
  },
  {
    says: 'the picture is much the same, a few points lower',
    saysIn: { 'zh-cn': '情况大体相同，只是低了几个百分点' },
    check: (run) => {
      const models = Object.keys(MODELS) as Model[];
      const drops = models.map((m) => result(run, 'digits', m).accuracy - result(run, 'mnist', m).accuracy);
      const mean = drops.reduce((a, b) => a + b, 0) / drops.length;
      assert.ok(mean >= 0.01 && mean <= 0.08 && drops.every((d) => d >= -0.01), `digits − MNIST accuracy per model: ${drops.map((d) => d.toFixed(3)).join(', ')}`);
    },
  },
  {
    says: 'logistic regression gets only about half of the points right, far behind the others',
    saysIn: { 'zh-cn': '逻辑回归只能分对大约一半的点，远远落后于其他模型' },
    check: (run) => {
      const logistic = result(run, 'spirals', 'logistic').accuracy;
      assert.ok(logistic >= 0.4 && logistic <= 0.62, `logistic regression on the spirals: ${logistic}`);
      for (const m of ['knn', 'mlp'] as const) assert.ok(result(run, 'spirals', m).accuracy >= logistic + 0.2, `${m}: ${result(run, 'spirals', m).accuracy}`);
    },
  },
  {
    says: "Along any row or column of its grid, each class forms one unbroken stretch, while the MLP's classes break into two or more, as the cell prints.",
    saysIn: { 'zh-cn': '沿着网格的任意一行或一列，它的每个类别都只占连续的一段，而 MLP 的类别会断成两段或更多，单元格打印出了这一点。' },
    check: (run) => {
      const stretches = (model: string) =>
        run.number('decision-regions', new RegExp(`^${model.replace(/[()]/g, '\\$&')}: the most separate stretches one class forms along a row or column of the grid: (\\d+)$`, 'm'));
      assert.equal(stretches(MODELS.logistic), 1, 'logistic regression: one stretch per class on every grid line');
      assert.ok(stretches(MODELS.mlp) >= 2, `the MLP's classes form at most ${stretches(MODELS.mlp)} stretch on any grid line`);
    },
  },
  {
    says: 'kNN and the MLP both bend around the arms, and with 120 test points (one point = 0.8 points of accuracy) the test set cannot rank them',
    saysIn: { 'zh-cn': 'kNN 和 MLP 的决策边界都能顺着螺旋臂弯曲；测试点只有 120 个（一个点 = 0.8 个百分点的准确率），这个测试集无法给它们排出名次' },
    check: (run) => {
      const spirals = noise(run, 'spirals');
      assert.equal(spirals.n, 120);
      for (const m of ['knn', 'mlp'] as const) {
        assert.ok(result(run, 'spirals', m).accuracy >= 0.8, `${m}: ${result(run, 'spirals', m).accuracy}`);
        assert.ok(ranking(run, 'spirals').tied(m) && spirals.close.includes(MODELS[m]), `printed: ${spirals.close.join('; ')}`);
      }
    },
  },
  {
    says: "add-one smoothing put a floor of 0.916 under kNN's log loss",
    saysIn: { 'zh-cn': '加一平滑给 kNN 的对数损失设了一个 0.916 的下限' },
    check: (run) => {
      for (const set of ['digits', 'mnist'] as const) assert.ok(result(run, set, 'knn').logLoss >= 0.916, `${set}: ${result(run, set, 'knn').logLoss}`);
    },
  },
  {
    says: 'none should beat $p = q$',
    saysIn: { 'zh-cn': '没有一个报告应当胜过 $p = q$' },
    check: (run) => {
      assert.match(run.text('check-gibbs'), /✓ no report beats the true probabilities/);
    },
  },
];
