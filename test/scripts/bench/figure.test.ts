import { describe, expect, it } from 'vitest';
import { median, meets, verdict } from '../../../scripts/bench/figure.ts';
import { formatMeasurement } from '../../../scripts/bench/report.ts';

describe('targets', () => {
  it('judges at-most and at-least targets, the limit itself included', () => {
    expect(meets(30, { op: '<=', limit: 30 })).toBe(true);
    expect(meets(30.1, { op: '<=', limit: 30 })).toBe(false);
    expect(meets(0.95, { op: '>=', limit: 0.95 })).toBe(true);
    expect(meets(0.94, { op: '>=', limit: 0.95 })).toBe(false);
  });

  it('prints target met / target missed', () => {
    expect(verdict({ label: 'JS', value: 12, unit: 'KB', target: { op: '<=', limit: 30 } })).toBe('target ≤ 30 KB: target met');
    expect(verdict({ label: 'ratio', value: 0.5, unit: '×', target: { op: '>=', limit: 0.95 } })).toBe('target ≥ 0.95 ×: target missed');
    expect(verdict({ label: 'CSS', value: 9, unit: 'KB' })).toBe('');
  });

  it('formats a measurement with its digits, detail and verdict', () => {
    expect(formatMeasurement({ label: 'JS files', value: 28.46, unit: 'KB', detail: '(5 files)', target: { op: '<=', limit: 30 } })).toBe(
      'JS files: 28.5 KB (5 files) — target ≤ 30 KB: target met',
    );
    expect(formatMeasurement({ label: 'longest', value: 66.4, unit: 'ms', digits: 0 })).toBe('longest: 66 ms');
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow('median of no values');
  });
});
