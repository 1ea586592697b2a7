import { describe, expect, it } from 'vitest';
import { runClosedLoop } from '../../../src/runtime/tools/load/closed-loop';
import { createSimulatedService } from '../../../src/runtime/tools/load/simulated-service';
import { mulberry32 } from '../../../src/runtime/tools/random';
import { VirtualClock } from '../../../src/runtime/tools/load/virtual-clock';

describe('load.closed (virtual time)', () => {
  it('N clients against a fixed 10 ms service: throughput N × 100/s up to the servers, Little’s law N = XR', async () => {
    const clock = new VirtualClock();
    const send = createSimulatedService({ meanMs: 10, distribution: 'fixed', servers: 8, seed: 1 }, clock);
    const r = await clock.run(runClosedLoop({ clients: 4, durationMs: 1000, send, thinkMs: 0, drainMs: 1000 }, clock));
    expect(r.clients).toBe(4);
    expect(r.offeredRate).toBeNull();
    expect(r.throughput).toBeGreaterThan(390);
    expect(r.throughput).toBeLessThan(401);
    expect(r.latencyMs.p50).toBeCloseTo(10, 0);
    expect(r.throughput * (r.latencyMs.mean / 1000)).toBeCloseTo(4, 1);
    expect(r.meanInFlight).toBeCloseTo(4, 1);
  });

  it('more clients than servers only queue: throughput stays at the servers’ rate and latency grows', async () => {
    const clock = new VirtualClock();
    const send = createSimulatedService({ meanMs: 10, distribution: 'fixed', servers: 1, seed: 1 }, clock);
    const r = await clock.run(runClosedLoop({ clients: 5, durationMs: 1000, send, thinkMs: 0, drainMs: 1000 }, clock));
    expect(r.throughput).toBeGreaterThan(95);
    expect(r.throughput).toBeLessThan(101);
    expect(r.latencyMs.p50).toBeCloseTo(50, 0);
  });

  it('gives up on clients whose request never answers, counting them as unfinished', async () => {
    const clock = new VirtualClock();
    const send = (i: number) => (i < 3 ? clock.sleep(5) : new Promise<never>(() => {}));
    const r = await clock.run(runClosedLoop({ clients: 2, durationMs: 100, send, thinkMs: 0, drainMs: 50 }, clock));
    expect(r.completed).toBe(3);
    expect(r.unfinished).toBe(2);
    expect(r.latencyMs.max).toBeGreaterThan(100);
  });
});

describe('load.simulatedService', () => {
  it('is an M/M/1 queue: with Poisson arrivals at ρ = 0.5 the mean wait is near 1/(μ − λ)', async () => {
    const clock = new VirtualClock();
    const send = createSimulatedService({ meanMs: 10, distribution: 'exponential', servers: 1, seed: 7 }, clock);
    const arrivals: number[] = [];
    const random = mulberry32(11);
    let t = 0;
    for (let i = 0; i < 20_000; i++) {
      t += -20 * Math.log(1 - random()); // Poisson arrivals, λ = 50/s
      arrivals.push(t);
    }
    const latencies: number[] = [];
    const work = (async () => {
      const pending: Promise<void>[] = [];
      for (const at of arrivals) {
        await clock.sleep(at + 1000 - clock.now());
        const sent = clock.now();
        pending.push(send().then(() => void latencies.push(clock.now() - sent)));
      }
      await Promise.all(pending);
    })();
    await clock.run(work);
    const mean = latencies.reduce((s, v) => s + v, 0) / latencies.length;
    // 1/(μ − λ) = 1/(100 − 50) s = 20 ms.
    expect(mean).toBeGreaterThan(17);
    expect(mean).toBeLessThan(23);
  });
});

describe('load.simulate (virtual time)', () => {
  it('an M/M/1 queue at ρ = 0.8 gives a mean latency near 1/(μ − λ), the same on every run, at once', async () => {
    const { createLoadApi } = await import('../../../src/runtime/tools/load/load-api');
    const load = createLoadApi();
    const options = { rate: 200, durationMs: 60_000, arrivals: 'poisson', seed: 2, service: { meanMs: 4, seed: 9 } } as const;
    const started = performance.now();
    const r = await load.simulate(options);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.sent).toBeGreaterThan(11_500);
    expect(r.latencyMs.mean).toBeGreaterThan(20 * 0.85); // 1/(250 − 200) s = 20 ms
    expect(r.latencyMs.mean).toBeLessThan(20 * 1.15);
    const again = await load.simulate(options);
    expect(again.latencyMs).toEqual(r.latencyMs);
  });

  it('rejects a send of its own: the service is the simulated one', async () => {
    const { createLoadApi } = await import('../../../src/runtime/tools/load/load-api');
    await expect(createLoadApi().simulate({ rate: 10, durationMs: 100 } as never)).rejects.toThrow(
      /load.simulatedService needs an options object/,
    );
  });
});
