import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/current-locale';
import { displayMessages as m, formatDuration, formatShort } from '../../../src/runtime/display/messages';

describe('display messages', () => {
  it('formats durations for a glance', () => {
    expect([0, 400, 2_600, 59_000, 60_000, 125_000, 3_600_000, 3_840_000].map(formatDuration)).toEqual([
      '0 s',
      '0 s',
      '3 s',
      '59 s',
      '1 min',
      '2 min 5 s',
      '1 h',
      '1 h 4 min',
    ]);
  });

  it('formats short numbers', () => {
    expect([3, 0.123456, 1234.5678, 0.0001234, -2.5e12, NaN].map(formatShort)).toEqual([
      '3',
      '0.1235',
      '1235',
      '1.23e-4',
      '-2.50e+12',
      'NaN',
    ]);
  });

  it('pins the progress, cap and summary wording', () => {
    expect(m.progressRunning('Training', 45, 3_000)).toBe('Training: 45% — about 3 s left');
    expect(m.progressRunning('Progress', 0, null)).toBe('Progress: 0% — estimating time left');
    expect(m.progressDone('Training', 3_210)).toBe('Training: done in 3.2 s');
    expect(m.progressDone('Training', 75_000)).toBe('Training: done in 1 min 15 s');
    expect(m.trainingEpoch(3, 10)).toBe('Training — epoch 3 of 10');
    expect(m.suppressed(1, 1001)).toBe(
      '1 more line not shown (1,001 printed in all). Print less often, e.g. every 100th step, to see everything.',
    );
    expect(m.lineClipped(500)).toBe(' … (500 more characters not shown)');
    expect(m.lineChartName('Loss')).toBe('Line chart: Loss');
    expect(m.scatterName('Moons')).toBe('Scatter plot: Moons');
    expect(m.imagesName('Digits')).toBe('Image grid: Digits');
    expect(m.heatmapName('Confusion')).toBe('Heatmap: Confusion');
    expect(m.lineSummary(['loss'], 0, [])).toBe('No points yet for loss.');
    expect(m.lineSummary(['loss', 'acc'], 1, [0.25, null])).toBe('1 point. Latest: loss 0.25, acc none.');
    expect(m.scatterSummary(1, 0)).toBe('1 point.');
    expect(m.scatterSummary(1_500, 1)).toBe('1,500 points in 1 class.');
    expect(m.scatterSummary(2, 3)).toBe('2 points in 3 classes.');
    expect(m.modelSummary('Sequential', 's', 1, 1)).toBe("Sequential 's' (1 layer, 1 parameter)");
    expect(m.modelSummary('Sequential', 's', 2, null)).toBe("Sequential 's' (2 layers, not built yet)");
    expect([m.consoleMoreItems(1), m.consoleMoreKeys(10)]).toEqual(['… 1 more item', '… 10 more keys']);
    expect(m.reliabilitySummary(0.04, 1, 1)).toBe('ECE 0.040 over 1 prediction in 1 bin.');
    expect(m.heatmapLabelCount('rowLabels', 1, 3, 'rows')).toBe(
      'show.heatmap: rowLabels has 1 label, but the matrix has 3 rows. Pass one label per row.',
    );
    expect(m.imagesSummary(1, 8, 8, [])).toBe('1 image of 8 × 8 pixels.');
    expect(m.heatmapSummary(10, 10, 0, 42, '3', '3')).toBe('10 × 10 values from 0 to 42; the largest is at row 3, column 3.');
    expect(m.tableCapped(500, 1200)).toBe('Showing the first 500 of 1,200 rows.');
    expect(m.imagesCapped(100, 60000)).toBe('Showing the first 100 of 60,000 images.');
    expect(m.errorLocation(3)).toBe('(line 3)');
    expect(m.levelPrefix('warn')).toBe('Warning: ');
    expect(m.levelPrefix('log')).toBe('');
  });

  it('pins the errors show.* throws', () => {
    expect(m.lineUnknownSeries('acc', ['loss'])).toBe(
      'show.line: "acc" is not a series of this chart. Its series are: loss. Add it to series when you create the chart.',
    );
    expect(m.scatterShape('a tensor of shape [5, 3]')).toBe(
      'show.scatter needs points of shape [n, 2] (a tensor or an array of [x, y] pairs), but got a tensor of shape [5, 3].',
    );
    expect(m.imagesShape('an array of length 2')).toBe(
      'show.images needs a tensor of shape [n, height, width], [n, height, width, 1] or [n, height, width, 3], but got an array of length 2.',
    );
    expect(m.heatmapShape('number 3')).toBe(
      'show.heatmap needs a matrix: a rank-2 tensor or an array of equal-length number arrays, but got number 3.',
    );
    expect(m.linePushShape(['loss', 'val-acc'])).toBe(
      "show.line: push takes an object with one value per series, e.g. chart.push({ loss: 0.5, 'val-acc': 0.5 }).",
    );
    expect(m.progressTotal('undefined')).toBe(
      'show.progress needs a total greater than 0, e.g. show.progress({ total: 100 }), but got undefined.',
    );
    expect(m.disposedInput('show.images')).toBe('show.images got a tensor that was already disposed. Show it before you dispose it.');
    expect(m.tableRows('an object')).toBe('show.table needs an array of rows (objects or arrays), but got an object.');
  });
});

describe('display messages in Chinese', () => {
  afterEach(() => setLocale('en'));

  it('counts with Chinese measure words, groups digits and writes durations in 秒 and 分', () => {
    setLocale('zh-cn');
    expect([59_000, 125_000, 3_840_000].map(formatDuration)).toEqual(['59 秒', '2 分 5 秒', '1 小时 4 分']);
    expect(m.progressRunning('训练', 45, 3_000)).toBe('训练：45% — 大约还需 3 秒');
    expect(m.progressDone('训练', 3_210)).toBe('训练：完成，用时 3.2 秒');
    expect(m.trainingEpoch(3, 10)).toBe('训练 — 第 3 轮（共 10 轮）');
    expect(m.suppressed(1, 1001)).toMatch(/^另有 1 行没有显示（共打印了 1,001 行）。/);
    expect(m.lineSummary(['loss', 'acc'], 1234, [0.25, null])).toBe('1,234 个数据点。最新值：loss 0.25，acc 无。');
    expect(m.scatterSummary(200, 2)).toBe('200 个点，分为 2 类。');
    expect(m.barsSummary('bytes', ['float32', 'int8'], [1200, 330])).toBe(
      '2 个柱形（bytes）：float32 1,200，int8 330。最大：float32 1,200；最小：int8 330。',
    );
    expect([m.lineChartName('Loss'), m.drawPadRole(), m.levelPrefix('error')]).toEqual(['折线图：Loss', '画板', '错误：']);
    expect(m.modelSummary('Sequential', 'sequential_1', 2, 1234)).toBe("Sequential 'sequential_1'（2 层，1,234 个参数）");
    expect([m.consoleMoreItems(150), m.tensorDisposed('Tensor float32 [2]')]).toEqual(['… 还有 150 项', 'Tensor float32 [2]（已释放）']);
  });

  it('says what a wrong show.* input was, in Chinese', () => {
    setLocale('zh-cn');
    expect(m.progressTotal('undefined')).toBe(
      'show.progress 需要大于 0 的 total，例如 show.progress({ total: 100 })，但收到的是 undefined。',
    );
    expect(m.scatterShape(m.receivedTensor([5, 3]))).toBe(
      'show.scatter 需要形状为 [n, 2] 的点（张量，或由 [x, y] 对组成的数组），但收到的是形状为 [5, 3] 的张量。',
    );
    expect(m.heatmapShape(m.receivedPrimitive('number', '3'))).toBe(
      'show.heatmap 需要一个矩阵：二阶张量，或由等长数字数组组成的数组，但收到的是类型为 number 的值 3。',
    );
  });
});
