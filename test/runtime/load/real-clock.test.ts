/** The generator on the real clock (node timers): a light, bounded check that it keeps its schedule. */
import { describe, expect, it } from 'vitest';
import { createLoadApi } from '../../../src/runtime/tools/load/load-api';

describe('load.open on the real clock', () => {
  it('keeps 500 requests/s against a no-op service within 5 %, its own lag small', async () => {
    const load = createLoadApi();
    const r = await load.open({ rate: 500, durationMs: 600, send: async () => {} });
    expect(r.sent).toBe(300);
    expect(Math.abs(r.achievedRate - 500) / 500).toBeLessThan(0.05);
    expect(r.sendLagMs.p50).toBeLessThan(5);
    expect(r.latencyMs.count).toBe(300);
  });

  it('a closed loop of 4 clients against a simulated 5 ms service answers about 800 requests/s', async () => {
    const load = createLoadApi();
    const send = load.simulatedService({ meanMs: 5, distribution: 'fixed', servers: 4 });
    const r = await load.closed({ clients: 4, durationMs: 500, send });
    expect(r.throughput).toBeGreaterThan(400);
    expect(r.throughput).toBeLessThan(810);
    expect(r.latencyMs.p50).toBeGreaterThanOrEqual(4.9);
  });
});
