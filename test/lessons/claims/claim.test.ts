import { describe, expect, test } from 'vitest';
import { LessonRun, normaliseProse, parseNumber, type Claim, type LessonOutput } from './claim';
import { brokenClaims, describeBroken } from './check-claims';
import { nodeLessonOutput } from './node-output';
import type { LessonRun as HarnessRun } from '../run-lesson-cells';

const output: LessonOutput = {
  backend: 'cpu',
  cells: [
    {
      id: 'train',
      lines: ['epoch 1 loss 2.31', 'epoch 10 loss 0.21', 'test accuracy 93.1 %'],
      tables: [{ columns: ['model', 'accuracy', 'log loss'], rows: [['kNN', '0.95', '0.951'], ['MLP', '0.96', '0.12']] }],
      charts: ['10 points. Latest: loss 0.21.'],
    },
  ],
};
const run = new LessonRun(output);

describe('reading a run', () => {
  test('numbers come from the printed lines, first or last match', () => {
    expect(run.number('train', /loss ([\d.]+)/)).toBe(2.31);
    expect(run.number('train', /loss ([\d.]+)/, { last: true })).toBe(0.21);
    expect(run.numbers('train', /epoch (\d+)/)).toEqual([1, 10]);
    expect(run.number('train', /accuracy ([\d.]+ %)/)).toBe(93.1);
  });

  test('a table reads by row name and column', () => {
    expect(run.figure('train', 'kNN', 'log loss')).toBe(0.951);
    expect(run.rows('train')[1]).toEqual({ model: 'MLP', accuracy: '0.96', 'log loss': '0.12' });
  });

  test('a missing cell, pattern, row, column or table fails saying what there is', () => {
    expect(() => run.cell('nope')).toThrow('no cell "nope" in this run (cells: train)');
    expect(() => run.number('train', /speed ([\d.]+)/)).toThrow(/printed nothing matching \/speed \(\[\\d\.\]\+\)\/; it printed:\nepoch 1 loss 2\.31/);
    expect(() => run.figure('train', 'CNN', 'accuracy')).toThrow('has no row "CNN" (rows: kNN, MLP)');
    expect(() => run.figure('train', 'kNN', 'speed')).toThrow('has no column "speed" (columns: model, accuracy, log loss)');
    expect(() => run.table('train', 1)).toThrow('cell "train" showed 1 table(s); the claim reads table 2');
  });

  test('parseNumber reads the display formats and refuses text', () => {
    expect(parseNumber('1,438')).toBe(1438);
    expect(parseNumber('\u22120.5')).toBe(-0.5);
    expect(parseNumber('1.2e-3')).toBe(0.0012);
    expect(() => parseNumber('n/a')).toThrow('"n/a" is not a number');
    expect(() => parseNumber('')).toThrow('"" is not a number');
  });
});

describe('checking claims', () => {
  const holds: Claim = {
    says: 'the loss falls',
    check: (r) => {
      const [first = 0, last = 0] = [r.number('train', /loss ([\d.]+)/), r.number('train', /loss ([\d.]+)/, { last: true })];
      if (last >= first) throw new Error(`loss went from ${first} to ${last}`);
    },
  };
  const contradicted: Claim = {
    says: 'accuracy passes 99 %',
    check: (r) => {
      const accuracy = r.number('train', /accuracy ([\d.]+)/);
      if (accuracy < 99) throw new Error(`accuracy is ${accuracy} %`);
    },
  };

  test('every contradicted claim is reported with its words and what the run showed', () => {
    const broken = brokenClaims([holds, contradicted, contradicted], output);
    expect(broken).toEqual([
      { says: 'accuracy passes 99 %', problem: 'accuracy is 93.1 %' },
      { says: 'accuracy passes 99 %', problem: 'accuracy is 93.1 %' },
    ]);
    expect(describeBroken('x.md', 'cpu', broken.slice(0, 1))).toBe('x.md on cpu: 1 claim(s) the run contradicts:\n  "accuracy passes 99 %"\n    — accuracy is 93.1 %');
  });
});

test('prose is compared without emphasis, code marks or line breaks', () => {
  expect(normaliseProse('the **loss** falls\nbelow `0.5` by *epoch 10*')).toBe('the loss falls below 0.5 by epoch 10');
});

test('the node harness record becomes the output the page shows: lines, tables, line-chart summaries', () => {
  const harness = {
    cells: [
      {
        cell: { id: 'c1', index: 1, code: '', inTheory: false, line: 1 },
        ms: 1,
        logs: ['hello'],
        tensorDelta: 0,
        displays: [
          { kind: 'line', options: { series: ['loss', 'accuracy'] }, values: [{ x: 1, y: [2, 0.1] }, { x: 2, y: [0.5, null] }] },
          { kind: 'table', options: ['a'], values: [['1']] },
          { kind: 'scatter', options: {}, values: [] },
        ],
      },
    ],
    totalMs: 1,
    cpuMs: 1,
    shows: [],
  } as HarnessRun;
  expect(nodeLessonOutput(harness, 'cpu')).toEqual({
    backend: 'cpu',
    cells: [{ id: 'c1', lines: ['hello'], tables: [{ columns: ['a'], rows: [['1']] }], charts: ['2 points. Latest: loss 0.5, accuracy none.'] }],
  });
});
