import { describe, expect, it } from 'vitest';
import { createLoadApi } from '../../../src/runtime/tools/load/load-api';

const load = createLoadApi();
const send = async () => {};

describe('load options', () => {
  it('say what was wrong and what would work', async () => {
    await expect(load.open(undefined as never)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[LoadError: load.open needs an options object, e.g. load.open({ rate: 100, durationMs: 2000, send }).]`,
    );
    await expect(load.open({ rate: 0, durationMs: 100, send })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[LoadError: load.open: rate must be a number from 0.001 to 100,000, got 0.]`,
    );
    await expect(load.open({ rate: 10, durationMs: 100, send: 'svc' as never })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[LoadError: load.open: send must be a function that makes one request, e.g. send: (i) => svc.request(body); got "svc".]`,
    );
    await expect(load.open({ rate: 100_000, durationMs: 60_000, send })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[LoadError: load.open: 100000 requests/s for 60000 ms is 6,000,000 requests; at most 100,000 per test. Lower the rate or the duration.]`,
    );
    await expect(load.open({ rate: 10, durationMs: 100, send, arrivals: 'bursty' as never })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[LoadError: load.open: arrivals must be 'uniform' or 'poisson', got "bursty".]`,
    );
    await expect(load.closed({ clients: 2.5, durationMs: 100, send })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[LoadError: load.closed: clients must be a whole number from 1 to 1,000, got 2.5.]`,
    );
    expect(() => load.simulatedService({ meanMs: 5, distribution: 'normal' as never })).toThrowErrorMatchingInlineSnapshot(
      `[LoadError: load.simulatedService: distribution must be 'fixed' or 'exponential', got "normal".]`,
    );
  });

  it('errors are LoadErrors', async () => {
    await expect(load.closed({ clients: 0, durationMs: 100, send })).rejects.toMatchObject({ name: 'LoadError' });
  });
});
