import { describe, expect, it } from 'vitest';
import { preciseSleep, realClock, waitUntil, type LoadClock } from '../../../src/runtime/tools/load/load-clock';

/** A waitAsync that records its timeouts and ends each at once, as a wait nobody notifies ends by timing out. */
function fakeWaitAsync() {
  const timeouts: number[] = [];
  const waitAsync = ((_cell: Int32Array, _index: number, _value: number, timeout?: number) => {
    timeouts.push(timeout ?? Infinity);
    return { async: true, value: Promise.resolve('timed-out') };
  }) as unknown as typeof Atomics.waitAsync;
  return { waitAsync, timeouts };
}

describe('the load generator’s clock', () => {
  it('sleeps on Atomics.waitAsync only in a cross-origin-isolated realm that has it', async () => {
    const { waitAsync, timeouts } = fakeWaitAsync();
    expect(preciseSleep({ crossOriginIsolated: false, SharedArrayBuffer, waitAsync })).toBeNull();
    expect(preciseSleep({ crossOriginIsolated: true, SharedArrayBuffer, waitAsync: undefined })).toBeNull();
    expect(preciseSleep({ crossOriginIsolated: true, SharedArrayBuffer: undefined, waitAsync })).toBeNull();
    const sleep = preciseSleep({ crossOriginIsolated: true, SharedArrayBuffer, waitAsync });
    expect(sleep).not.toBeNull();
    await sleep?.(0.4);
    await sleep?.(-1);
    expect(timeouts).toEqual([0.4, 0]);
    expect(realClock({ crossOriginIsolated: true, SharedArrayBuffer, waitAsync }).sleepsExactly).toBe(true);
  });

  it('keeps timers and task yields in node, whose waitAsync does not keep the process alive', () => {
    expect(preciseSleep()).toBeNull();
    expect(realClock().sleepsExactly).toBe(false);
  });

  it('a precise sleep that wakes early sleeps again for what is left; a coarse one yields through its last milliseconds', async () => {
    let time = 0;
    const sleeps: number[] = [];
    let yields = 0;
    const clock = (exact: boolean): LoadClock => ({
      now: () => time,
      sleep: async (ms) => {
        sleeps.push(ms);
        time += ms * 0.75; // wakes a quarter early
      },
      yield: async () => {
        yields += 1;
        time += 0.5;
      },
      sleepsExactly: exact,
    });
    await waitUntil(clock(true), 4);
    expect(time).toBeGreaterThanOrEqual(4);
    expect(sleeps.length).toBeGreaterThan(1);
    expect(yields).toBe(0);

    time = 0;
    sleeps.length = 0;
    await waitUntil(clock(false), 20);
    expect(time).toBeGreaterThanOrEqual(20);
    expect(sleeps[0]).toBe(15); // until SPIN_MS (5 ms) before the due time
    expect(yields).toBeGreaterThan(0);
  });
});
