import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../../scripts/bench/figures.ts';
import { TARGET_LIST, TARGETS } from '../../../scripts/bench/targets.ts';

describe('the targets table', () => {
  it('names each target once and ties it to a figure the bench runs', () => {
    const ids = TARGET_LIST.map((target) => target.id);
    expect(new Set(ids).size).toBe(ids.length);
    const figures = new Set(FIGURES.map((figure) => figure.number));
    for (const target of TARGET_LIST) expect(figures, target.id).toContain(target.figure);
  });

  it('lists the targets in figure order', () => {
    const numbers = TARGET_LIST.map((target) => target.figure);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('holds the issues’ limits', () => {
    expect(TARGETS.firstLoadJs).toMatchObject({ op: '<=', limit: 30, unit: 'KB' });
    expect(TARGETS.coldRun).toMatchObject({ op: '<=', limit: 1.5, unit: 's' });
    expect(TARGETS.warmRun).toMatchObject({ op: '<=', limit: 50, unit: 'ms' });
    expect(TARGETS.longTask).toMatchObject({ op: '<=', limit: 50, unit: 'ms' });
    expect(TARGETS.longTaskUnderLoad).toMatchObject({ op: '<=', limit: 50, unit: 'ms' });
    expect(TARGETS.wasmThreadSpeedup).toMatchObject({ op: '>=', limit: 1.7, unit: '×' });
    expect(TARGETS.cellVsBare).toMatchObject({ op: '>=', limit: 0.95, unit: '×' });
    expect(TARGETS.gradingFirst).toMatchObject({ op: '<=', limit: 2, unit: 's' });
    expect(TARGETS.slowestExercise).toMatchObject({ op: '<=', limit: 3, unit: 's' });
  });
});
