import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLearnerDisplay } from '../../../../src/runtime/kernel/display/learner-display';
import { isDisplayMessage, type DisplayMessage } from '../../../../src/runtime/display/protocol';
import { LatencyHistogram } from '../../../../src/runtime/tools/load/latency-histogram';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function harness() {
  const posted: DisplayMessage[] = [];
  const display = createLearnerDisplay(
    (message) => {
      expect(isDisplayMessage(message)).toBe(true);
      expect(() => structuredClone(message)).not.toThrow();
      posted.push(message);
    },
    tf,
    { now: () => 0, setTimer: () => {} },
  );
  const of = <K extends DisplayMessage['kind']>(kind: K) => {
    display.flush();
    return posted.filter((m): m is Extract<DisplayMessage, { kind: K }> => m.kind === kind);
  };
  return { show: display.show, of };
}

const histogramOf = (values: number[]) => {
  const h = new LatencyHistogram();
  for (const v of values) h.record(v);
  return h;
};
const fast = histogramOf(Array.from({ length: 100 }, (_, i) => 1 + i * 0.01)); // 1 … 2 ms
const tail = histogramOf([...Array.from({ length: 95 }, () => 2), ...Array.from({ length: 5 }, () => 200)]);

describe('show.latency', () => {
  it('draws the CDF of each run on one log-spaced grid, rising to 1, named by rate or clients', () => {
    const h = harness();
    h.show.latency([
      { offeredRate: 100, clients: null, histogram: fast },
      { offeredRate: null, clients: 8, histogram: tail },
    ]);
    const [message] = h.of('latency');
    if (!message) throw new Error('no latency message');
    expect(message.series).toEqual(['100/s', '8 clients']);
    expect(message.view).toBe('cdf');
    const n = message.xMs.length;
    expect(message.xMs[0]).toBeCloseTo(1, 2);
    expect(message.xMs[n - 1]).toBeCloseTo(200, -1);
    for (let k = 1; k < n; k++) expect(message.xMs[k]).toBeGreaterThan(message.xMs[k - 1] ?? Infinity);
    expect(message.values[n - 1]).toBe(1);
    expect(message.values[2 * n - 1]).toBe(1);
    // The tail run: 95 % answered by ~2 ms, and nothing more until 200 ms.
    const at = (ms: number) => message.values[n + message.xMs.findIndex((x) => x >= ms)];
    expect(at(3)).toBeCloseTo(0.95, 5);
    expect(at(150)).toBeCloseTo(0.95, 5);
    expect(message.percentiles[1]?.p99).toBeCloseTo(200, -1);
  });

  it('the histogram view puts each request in one bin: shares add up to 1, and the tail is a second hump', () => {
    const h = harness();
    h.show.latency(tail, { view: 'histogram', labels: ['tail'], title: 'Where the time goes' });
    const [message] = h.of('latency');
    if (!message) throw new Error('no latency message');
    expect(message.title).toBe('Where the time goes');
    expect(message.series).toEqual(['tail']);
    expect([...message.values].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 10);
    expect(message.values[0]).toBeCloseTo(0.95, 5);
    expect(message.values.at(-1)).toBeCloseTo(0.05, 5);
  });

  it('says what it needs for wrong input', () => {
    const h = harness();
    expect(() => h.show.latency({ p99: 3 })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: show.latency needs a load test result (from load.open or load.closed), its histogram, or an array of them, but got an object.]`,
    );
    expect(() => h.show.latency([])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: show.latency needs a load test result (from load.open or load.closed), its histogram, or an array of them, but got an empty array.]`,
    );
    expect(() => h.show.latency({ histogram: new LatencyHistogram(), offeredRate: 50 })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: show.latency: run "50/s" has no answered requests to draw. Check its errors and statuses.]`,
    );
    expect(() => h.show.latency(fast, { view: 'pie' as never })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: show.latency: view must be 'cdf' or 'histogram', but got "pie".]`,
    );
  });
});

describe('show.line with log axes', () => {
  it('passes logX and logY on, and refuses values a log axis cannot show', () => {
    const h = harness();
    const chart = h.show.line({ series: ['p99'], logX: true, logY: true });
    chart.push({ p99: 3 }, 10);
    expect(() => chart.push({ p99: 0 }, 20)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: show.line: this chart has a log y axis (logY: true), which cannot show 0 (series "p99"). Push values above 0, or drop logY.]`,
    );
    expect(() => chart.push({ p99: 1 }, 0)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: show.line: this chart has a log x axis (logX: true), which cannot show 0. Push values above 0, or drop logX.]`,
    );
    chart.push({ p99: null }, 30); // a gap is still fine
    const [created] = h.of('line-create');
    expect(created).toMatchObject({ logX: true, logY: true });
    const plain = h.show.line({ series: ['loss'] });
    plain.push({ loss: -1 }, 0);
    expect(h.of('line-create')[1]).not.toHaveProperty('logX');
  });
});
