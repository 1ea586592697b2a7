import { describe, expect, it } from 'vitest';
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
