import { describe, expect, it } from 'vitest';
import { runOpenLoop, schedule, type OpenLoopOptions } from '../../../src/runtime/tools/load/open-loop';
import { runClosedLoop } from '../../../src/runtime/tools/load/closed-loop';
import { VirtualClock } from '../../../src/runtime/tools/load/virtual-clock';

const base = { arrivals: 'uniform', seed: 1, maxInFlight: 10_000, drainMs: 5000 } as const;
const open = (clock: VirtualClock, options: Partial<OpenLoopOptions> & Pick<OpenLoopOptions, 'rate' | 'durationMs' | 'send'>) =>
  clock.run(runOpenLoop({ ...base, ...options }, clock));

describe('load.open (virtual time)', () => {
  it('sends rate × duration requests on schedule and measures an instant service at about 0 ms', async () => {
    const clock = new VirtualClock();
    const r = await open(clock, { rate: 200, durationMs: 1000, send: async () => ({ status: 200 }) });
    expect(r.sent).toBe(200);
    expect(r.completed).toBe(200);
    expect(r.achievedRate).toBeCloseTo(200, 0);
    expect(r.latencyMs.p99).toBeLessThan(0.2);
    expect(r.sendLagMs.max).toBeLessThan(0.2);
    expect(r.statuses).toEqual({ '200': 200 });
  });

  it('counts the time a stalled generator sent late in each latency (no coordinated omission)', async () => {
    const clock = new VirtualClock();
    // Request 100 (at 0.5 s) blocks the generator for 300 ms, as a long synchronous task would.
    const send = async (i: number) => {
      if (i === 100) clock.block(300);
    };
    const r = await open(clock, { rate: 200, durationMs: 1000, send });
    expect(r.sent).toBe(200);
    // The 60 requests due during the block went late, and their latency says so (up to 300 ms).
    expect(r.latencyMs.max).toBeGreaterThan(290);
    expect(r.latencyMs.p50).toBeLessThan(1);
    expect(r.histogram.fractionAtOrBelow(1)).toBeLessThan(0.75);
    expect(r.sendLagMs.max).toBeGreaterThan(290);
    // A closed loop with one client sees the same stall as a single slow request.
    const closedClock = new VirtualClock();
    const closed = await closedClock.run(
      runClosedLoop(
        { clients: 1, durationMs: 1000, thinkMs: 5, drainMs: 5000, send: async (i: number) => void (i === 100 && closedClock.block(300)) },
        closedClock,
      ),
    );
    expect(closed.latencyMs.p99).toBeLessThan(1);
  });

  it('a service slower than the arrival rate builds a queue that the latencies show growing', async () => {
    const clock = new VirtualClock();
    let freeAt = 0;
    const send = () => {
      const begin = Math.max(clock.now(), freeAt);
      freeAt = begin + 10; // 100 requests/s at most
      return clock.sleep(freeAt - clock.now());
    };
    const r = await open(clock, { rate: 150, durationMs: 1000, send });
    expect(r.sent).toBe(150);
    // The last request waits for the 149 before it: 1.5 s of work arriving in 1 s.
    expect(r.latencyMs.max).toBeGreaterThan(490);
    expect(r.throughput).toBeGreaterThan(95);
    expect(r.throughput).toBeLessThan(101);
  });

  it('drops requests over maxInFlight and reports them, and gives up on answers after drainMs', async () => {
    const clock = new VirtualClock();
    const never = () => new Promise<never>(() => {});
    const r = await open(clock, { rate: 100, durationMs: 1000, send: never, maxInFlight: 5, drainMs: 200 });
    expect(r.sent).toBe(5);
    expect(r.dropped).toBe(95);
    expect(r.unfinished).toBe(5);
    expect(r.completed).toBe(0);
    // The unanswered requests count in the tail at their age when the test gave up (> 1 s).
    expect(r.latencyMs.count).toBe(5);
    expect(r.latencyMs.min).toBeGreaterThan(1000);
  });

  it('counts rejections, throws and error statuses as errors, by status', async () => {
    const clock = new VirtualClock();
    const send = (i: number) => {
      if (i % 4 === 0) return Promise.reject(new Error('down'));
      if (i % 4 === 1) throw new Error('sync');
      if (i % 4 === 2) return Promise.resolve({ status: 503 });
      return Promise.resolve('fine');
    };
    const r = await open(clock, { rate: 100, durationMs: 400, send });
    expect(r.sent).toBe(40);
    expect(r.errors).toBe(30);
    expect(r.completed).toBe(10);
    expect(r.statuses).toEqual({ rejected: 20, '503': 10, ok: 10 });
    expect(r.latencyMs.count).toBe(10);
  });

  it('Little’s law holds for the in-flight count it measures (L = λW)', async () => {
    const clock = new VirtualClock();
    const send = () => clock.sleep(30);
    const r = await open(clock, { rate: 100, durationMs: 2000, send });
    expect(r.meanInFlight).toBeCloseTo(r.throughput * (r.latencyMs.mean / 1000), 1);
    expect(r.meanInFlight).toBeGreaterThan(2.8);
  });
});

describe('schedule', () => {
  it('spaces uniform arrivals 1/rate apart', () => {
    expect([...schedule({ rate: 4, durationMs: 1000, arrivals: 'uniform', seed: 1 })]).toEqual([0, 250, 500, 750]);
  });

  it('draws Poisson arrivals with the asked-for mean rate, the same for the same seed', () => {
    const a = schedule({ rate: 1000, durationMs: 10_000, arrivals: 'poisson', seed: 3 });
    const b = schedule({ rate: 1000, durationMs: 10_000, arrivals: 'poisson', seed: 3 });
    expect([...a]).toEqual([...b]);
    expect(Math.abs(a.length - 10_000)).toBeLessThan(400); // 4 standard deviations
    const gaps = a.slice(1).map((t, i) => t - (a[i] ?? 0));
    const mean = gaps.reduce((s, g) => s + g, 0) / gaps.length;
    const variance = gaps.reduce((s, g) => s + (g - mean) ** 2, 0) / gaps.length;
    expect(Math.sqrt(variance) / mean).toBeCloseTo(1, 1); // exponential gaps: sd = mean
  });
});
