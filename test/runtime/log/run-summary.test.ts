import { describe, expect, it } from 'vitest';
import { summarize, t975 } from '../../../src/runtime/tools/log/run-summary.ts';

describe('the 95 % interval of log.compare', () => {
  it("uses lesson 7's t-quantiles, and beyond its table a value within 0.0005 of the exact one", () => {
    expect([1, 2, 4, 7, 30].map(t975)).toEqual([12.706, 4.303, 2.776, 2.365, 2.042]);
    // Exact t(0.975, df) (R: qt(0.975, df)).
    const exact: [number, number][] = [
      [31, 2.039513],
      [40, 2.021075],
      [60, 2.000298],
      [120, 1.97993],
      [1000, 1.962339],
    ];
    for (const [df, t] of exact) expect(Math.abs(t975(df) - t)).toBeLessThan(0.0005);
    expect(t975(0)).toBeNaN();
  });

  it('is the mean ± t · s / √n, and one run has none', () => {
    const summary = summarize([0.9, 0.92, 0.94, 0.9, 0.92]);
    expect(summary.mean).toBeCloseTo(0.916, 12);
    // Deviations −0.016, 0.004, 0.024, −0.016, 0.004 around 0.916, divided by n − 1 = 4.
    expect(summary.sd).toBeCloseTo(Math.sqrt((0.016 ** 2 * 2 + 0.004 ** 2 * 2 + 0.024 ** 2) / 4), 12);
    expect(summary.high - summary.mean).toBeCloseTo((2.776 * summary.sd) / Math.sqrt(5), 12);
    expect(summary.mean - summary.low).toBeCloseTo(summary.high - summary.mean, 12);
    expect(summarize([0.9])).toEqual({ n: 1, mean: 0.9, sd: NaN, low: NaN, high: NaN });
  });

  it('covers the true mean about 95 % of the time (simulated, seeded)', () => {
    let state = 7;
    const uniform = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) + 0.5) / 2 ** 31;
    const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    let covered = 0;
    const trials = 4000;
    for (let i = 0; i < trials; i++) {
      const { low, high } = summarize(Array.from({ length: 4 }, () => 0.9 + 0.01 * normal()));
      if (low <= 0.9 && 0.9 <= high) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.93);
    expect(covered / trials).toBeLessThan(0.97);
  });
});
