/**
 * A virtual clock for the load generator's tests: time moves only when every pending promise
 * has settled and the earliest timer fires, so a test of seconds of traffic runs in
 * milliseconds and gives the same numbers every time. `block(ms)` moves time on at once, as a
 * long synchronous task would.
 */
import type { LoadClock } from '../../../src/runtime/tools/load/load-clock';

interface Timer {
  at: number;
  order: number;
  resolve: () => void;
}

export class VirtualClock implements LoadClock {
  private time = 1000;
  private order = 0;
  private timers: Timer[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.timers.push({ at: this.time + Math.max(0, ms), order: this.order++, resolve }));
  }

  /** A yield costs 0.1 ms of virtual time, like one turn of a busy event loop. */
  yield(): Promise<void> {
    return this.sleep(0.1);
  }

  /** A synchronous task of `ms` ms: time jumps, nothing else runs meanwhile. */
  block(ms: number): void {
    this.time += ms;
  }

  /** Runs `work` to completion, firing timers in time order whenever nothing else can run. */
  async run<T>(work: Promise<T>): Promise<T> {
    let done = false;
    let result: T | undefined;
    let failure: unknown;
    let failed = false;
    work.then(
      (value) => {
        done = true;
        result = value;
      },
      (error: unknown) => {
        done = true;
        failed = true;
        failure = error;
      },
    );
    for (let steps = 0; !done; steps++) {
      if (steps > 5_000_000) throw new Error('virtual clock: too many steps');
      await new Promise((resolve) => setImmediate(resolve)); // let every settled promise run
      if (done) break;
      this.timers.sort((a, b) => a.at - b.at || a.order - b.order);
      const timer = this.timers.shift();
      if (!timer) throw new Error('virtual clock: the work is waiting on nothing');
      this.time = Math.max(this.time, timer.at);
      timer.resolve();
    }
    if (failed) throw failure;
    return result as T;
  }
}
