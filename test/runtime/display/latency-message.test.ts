import { describe, expect, it } from 'vitest';
import { isDisplayMessage, type LatencyMessage } from '../../../src/runtime/display/protocol';
import { displayMessages } from '../../../src/runtime/display/messages';

const valid: LatencyMessage = {
  kind: 'latency',
  id: 'l',
  title: 'Latency',
  view: 'cdf',
  series: ['100/s', '200/s'],
  xMs: new Float64Array([1, 10, 100]),
  values: new Float64Array([0.5, 0.9, 1, 0.1, 0.5, 1]),
  percentiles: [
    { p50: 1, p99: 90, max: 100 },
    { p50: 10, p99: 99, max: 100 },
  ],
};

describe('the latency message', () => {
  it('is accepted when well formed, and a line chart may ask for log axes', () => {
    expect(isDisplayMessage(valid)).toBe(true);
    expect(isDisplayMessage({ ...valid, view: 'histogram' })).toBe(true);
    const line = { kind: 'line-create', id: 'c', title: 'p99', series: ['p99'], xLabel: 'rate', yLabel: 'ms' };
    expect(isDisplayMessage({ ...line, logX: true, logY: false })).toBe(true);
    expect(isDisplayMessage({ ...line, logX: 'yes' })).toBe(false);
  });

  it('is dropped when its sizes disagree or its values cannot be drawn on a log axis', () => {
    expect(isDisplayMessage({ ...valid, values: new Float64Array(5) })).toBe(false);
    expect(isDisplayMessage({ ...valid, percentiles: [valid.percentiles[0]] })).toBe(false);
    expect(isDisplayMessage({ ...valid, series: [], values: new Float64Array(0), percentiles: [] })).toBe(false);
    expect(isDisplayMessage({ ...valid, xMs: new Float64Array([0, 10, 100]) })).toBe(false);
    expect(isDisplayMessage({ ...valid, values: new Float64Array([0.5, 0.9, 1, 0.1, 0.5, 1.5]) })).toBe(false);
    expect(isDisplayMessage({ ...valid, view: 'pie' })).toBe(false);
    expect(isDisplayMessage({ ...valid, xMs: [1, 10, 100] })).toBe(false);
  });

  it('is summarised for screen readers with each run’s p50, p99 and max', () => {
    expect(displayMessages.latencySummary(valid.view, valid.series, valid.percentiles)).toMatchInlineSnapshot(
      `"Latency CDF of 2 runs: 100/s p50 1 ms, p99 90 ms, max 100 ms; 200/s p50 10 ms, p99 99 ms, max 100 ms."`,
    );
    expect(displayMessages.latencySummary('histogram', ['tail'], [{ p50: 2, p99: 200.4, max: 201 }])).toMatchInlineSnapshot(
      `"Latency histogram of 1 run: tail p50 2 ms, p99 200.4 ms, max 201 ms."`,
    );
  });
});
