import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../../src/runtime/tools/load/latency-histogram';

describe('LatencyHistogram', () => {
  const histogram = new LatencyHistogram();
  const values = Array.from({ length: 10_000 }, (_, i) => 0.5 + (i % 1000) * 0.25); // 0.5 … 250.25 ms, 10 of each
  for (const v of values) histogram.record(v);
  const sorted = [...values].sort((a, b) => a - b);
  const exact = (p: number) => sorted[Math.ceil((p / 100) * sorted.length) - 1] ?? NaN;

  it('gives percentiles within 0.1 % of the exact ones', () => {
    for (const p of [50, 90, 95, 99, 99.9]) {
      expect(Math.abs(histogram.valueAt(p) - exact(p)) / exact(p)).toBeLessThan(0.001);
    }
    const summary = histogram.summary();
    expect(summary.count).toBe(10_000);
    expect(summary.max).toBeCloseTo(250.25, 0);
    expect(summary.mean).toBeCloseTo(125.375, 0);
  });

  it('lists distinct recorded values and log-spaced bins whose counts add up to every request', () => {
    expect(histogram.recorded().reduce((s, r) => s + r.count, 0)).toBe(10_000);
    const bins = histogram.bins(12);
    expect(bins).toHaveLength(12);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(10_000);
    expect(bins[0]?.fromMs).toBe(0);
    for (let i = 1; i < bins.length; i++) expect(bins[i]?.fromMs).toBe(bins[i - 1]?.toMs);
    expect(histogram.fractionAtOrBelow(125)).toBeCloseTo(0.5, 2);
  });

  it('is empty with NaN figures, and records clock steps backwards as 0', () => {
    const empty = new LatencyHistogram();
    expect(empty.summary().p99).toBeNaN();
    expect(empty.bins()).toEqual([]);
    empty.record(-3);
    expect(empty.valueAt(100)).toBeLessThan(0.002);
  });
});
