import assert from 'node:assert/strict';
import { fail, parseNumber, type Claim, type LessonRun } from './claim';

/** The first cell's per-epoch figures, as it prints them. */
function training(run: LessonRun) {
  const losses = run.numbers('train', /([\d.]+) in epoch \d+/);
  const accuracies = run.numbers('train', /([\d.]+) % after epoch \d+/);
  if (losses.length !== 3 || accuracies.length !== 3) fail(`the train cell printed ${run.text('train')}`);
  const [epoch1 = NaN, epoch2 = NaN, epoch15 = NaN] = losses;
  const [accuracy1 = NaN, accuracy2 = NaN] = accuracies;
  return {
    start: run.number('train', /loss before training: ([\d.]+)/),
    epoch1,
    epoch2,
    epoch15,
    accuracy1,
    accuracy2,
    testLoss: run.number('train', /test loss after epoch 15: ([\d.]+)/),
  };
}

/** A row of the learning-rates table: its five epoch losses and its final test accuracy. */
function rate(run: LessonRun, optimizer: string) {
  const row = run.rows('learning-rates').find((r) => r['optimizer'] === optimizer);
  if (!row) fail(`the learning-rates table has no row "${optimizer}"`);
  const losses = (row['training loss, epochs 1–5'] ?? '').trim().split(/\s+/).map(parseNumber);
  assert.equal(losses.length, 5, `row ${optimizer}: five epoch losses`);
  return { losses, accuracy: parseNumber(row['test accuracy after epoch 5'] ?? '') };
}

/** True when the sequence goes up at least once and down at least once. */
const jumps = (values: readonly number[]) =>
  values.slice(1).some((v, i) => v > (values[i] ?? v)) && values.slice(1).some((v, i) => v < (values[i] ?? v));

/** What lessons/first-model.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: 'Its chart adds one point per epoch, 15 in all.',
    saysIn: { 'zh-cn': '它的图表每个轮次添加一个点，一共 15 个。' },
    check(run) {
      const charts = run.cell('train').charts;
      assert.equal(charts.length, 1, `the train cell drew ${charts.length} charts`);
      assert.match(charts[0] ?? '', /^15 points\./);
    },
  },
  {
    says: 'The loss fell fast during the first epoch and then kept creeping down, to well under 0.1 on the training images',
    saysIn: { 'zh-cn': '损失在第一个轮次里下降得很快，之后继续缓慢下降，在训练图像上降到远低于 0.1' },
    check(run) {
      const t = training(run);
      assert.ok(t.start - t.epoch2 > 4 * (t.epoch2 - t.epoch15), `fast then slow: ${t.start} → ${t.epoch2} (epoch 2) → ${t.epoch15} (epoch 15)`);
      assert.ok(t.epoch1 > t.epoch2 && t.epoch2 > t.epoch15, `kept falling: ${t.epoch1}, ${t.epoch2}, ${t.epoch15}`);
      assert.ok(t.epoch15 < 0.06, `final training loss ${t.epoch15} is not well under 0.1`);
    },
  },
  {
    says: 'accuracy on the test images passed 90 % after an epoch or two',
    saysIn: { 'zh-cn': '测试图像上的准确率在一两个轮次之后就超过了 90 %' },
    check(run) {
      const t = training(run);
      assert.ok(Math.max(t.accuracy1, t.accuracy2) >= 90, `test accuracy ${t.accuracy1} % and ${t.accuracy2} % after epochs 1 and 2`);
    },
  },
  {
    says: 'the loss before training is close to',
    saysIn: { 'zh-cn': '训练前的损失接近' },
    check(run) {
      const start = training(run).start;
      assert.ok(Math.abs(start - Math.log(10)) < 0.2, `loss before training ${start}, ln 10 = 2.30`);
    },
  },
  {
    says: 'the optimizer nudged all 2,410 weights',
    saysIn: { 'zh-cn': '优化器都把全部 2,410 个权重' },
    check(run) {
      assert.equal(run.number('train', /weights to learn: (\d+)/), 2410);
    },
  },
  {
    says: 'after a few hundred steps (45 per epoch)',
    saysIn: { 'zh-cn': '几百步（每个轮次 45 步）之后' },
    check(run) {
      const images = run.number('train', /training images: (\d+)/);
      assert.equal(Math.ceil(images / 32), 45, `${images} training images in batches of 32`);
    },
  },
  {
    says: 'the network reads digits it has never seen: well over 90 % of the test images',
    saysIn: { 'zh-cn': '网络就能认出它从未见过的数字：测试图像的准确率远超 90 %' },
    check(run) {
      const accuracy = run.number('predict', /test accuracy: ([\d.]+) %/);
      assert.ok(accuracy >= 94, `test accuracy ${accuracy} %`);
    },
  },
  {
    says: 'that it is fast at first and then slow, and that the test loss ends above the training loss',
    saysIn: { 'zh-cn': '训练开始时很快，后来变慢；测试损失最终高于训练损失' },
    check(run) {
      const t = training(run);
      assert.ok(t.start - t.epoch2 > 4 * (t.epoch2 - t.epoch15), `fast then slow: ${t.start} → ${t.epoch2} → ${t.epoch15}`);
      assert.ok(t.testLoss > t.epoch15, `test loss ${t.testLoss}, training loss ${t.epoch15}`);
    },
  },
  {
    says: 'the loss jumps around near 2.4 and the test accuracy stays at chance, about 10 %',
    saysIn: { 'zh-cn': '损失在 2.4 附近来回跳动，测试准确率停在随机猜测的水平，约 10 %' },
    check(run) {
      const { losses, accuracy } = rate(run, 'adam(1)');
      const later = losses.slice(1);
      assert.ok(
        later.every((l) => l > 2.2 && l < 2.7),
        `adam(1) losses after epoch 1: ${later.join(', ')}`,
      );
      assert.ok(jumps(later), `adam(1) losses do not jump around: ${later.join(', ')}`);
      assert.ok(accuracy > 5 && accuracy < 15, `adam(1) test accuracy ${accuracy} %`);
    },
  },
  {
    says: 'it learns, but slowly',
    saysIn: { 'zh-cn': '能学会，但很慢' },
    check(run) {
      const slow = rate(run, 'adam(0.0005)');
      const good = rate(run, 'adam(0.01)');
      assert.ok(slow.losses.every((l, i) => i === 0 || l < (slow.losses[i - 1] ?? l)), `adam(0.0005) losses keep falling: ${slow.losses.join(', ')}`);
      assert.ok(slow.accuracy > 50, `adam(0.0005) learns: ${slow.accuracy} % after 5 epochs`);
      assert.ok(slow.accuracy < good.accuracy && (slow.losses[4] ?? 0) > 5 * (good.losses[4] ?? 0), `slower than adam(0.01): ${JSON.stringify({ slow, good })}`);
    },
  },
  {
    says: 'The last theory layer runs all three for five epochs',
    saysIn: { 'zh-cn': '最后一个理论层会把这三种设置各训练五个轮次' },
    check(run) {
      for (const optimizer of ['adam(0.0005)', 'adam(0.01)', 'adam(1)']) rate(run, optimizer);
    },
  },
  {
    says: 'an image the model is confidently wrong about',
    saysIn: { 'zh-cn': '一张被模型自信地判错的图像（$p_c < 10^{-7}$）根本不产生梯度' },
    check(run) {
      assert.equal(run.number('check-clipped-gradient', /softmax \+ categoricalCrossentropy: ([\d.e-]+)/), 0);
    },
  },
  {
    says: 'always has the gradient',
    saysIn: { 'zh-cn': '梯度始终是 $p - y$' },
    check(run) {
      assert.ok(run.number('check-clipped-gradient', /largest difference ([\d.e+-]+)/) < 1e-6);
      assert.ok(Math.abs(run.number('check-clipped-gradient', /gradient for the true class (-?[\d.]+)/) + 1) < 1e-3);
    },
  },
  {
    says: 'with the clipped loss the net can collapse onto one class and stay there, its loss frozen at about 14.5',
    saysIn: { 'zh-cn': '用裁剪过的损失，网络可能坍缩到某一个类别上，再也出不来，损失冻结在约 14.5' },
    check(run) {
      const { losses, accuracy } = rate(run, 'adam(1), softmax + categoricalCrossentropy');
      const later = losses.slice(1);
      assert.ok(later.every((l) => Math.abs(l - 14.5) < 0.3), `clipped adam(1) losses after epoch 1: ${later.join(', ')}`);
      assert.ok(Math.max(...later) - Math.min(...later) < 0.02, `clipped adam(1) losses are not frozen: ${later.join(', ')}`);
      assert.ok(accuracy > 5 && accuracy < 15, `clipped adam(1) test accuracy ${accuracy} %`);
    },
  },
  {
    says: 'Momentum moves the limit: at',
    saysIn: { 'zh-cn': '动量移动了上限：在 $\\beta = 0.9$ 时' },
    check(run) {
      const below = run.number('check-momentum-adam', /([\d.e+-]+) at η = 0\.95 ×/);
      const above = run.number('check-momentum-adam', /([\d.e+-]+) at η = 1\.05 ×/);
      const plain = run.number('check-momentum-adam', /plain GD at η = 0\.3 .*: \|w\| = ([\d.e+-]+)/);
      assert.ok(below < 1e-3 && above > 1e3 && plain > 1e3, `|w| ${below} below the limit, ${above} above it, ${plain} for plain GD`);
    },
  },
  {
    says: 'so every weight moves by',
    saysIn: { 'zh-cn': '所以无论梯度多大，每个权重都移动' },
    check(run) {
      const steps = run.numbers('check-momentum-adam', /(0\.\d{4})(?: and| \(η)/);
      assert.deepEqual(steps, [0.05, 0.05], `Adam's first steps: ${steps.join(', ')}`);
    },
  },
  {
    says: 'Adam takes exactly the same steps',
    saysIn: { 'zh-cn': 'Adam 走的每一步完全相同' },
    check(run) {
      assert.ok(run.number('check-momentum-adam', /paths differ by at most ([\d.e+-]+)/) < 1e-6);
    },
  },
  {
    says: 'the network stays at chance',
    saysIn: { 'zh-cn': '网络一直停在随机猜测的水平' },
    check(run) {
      const { accuracy } = rate(run, 'adam(1)');
      assert.ok(accuracy < 15, `adam(1) test accuracy ${accuracy} %`);
    },
  },
];
