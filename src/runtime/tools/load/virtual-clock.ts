/**
 * A virtual clock: time moves only when everything that can run has run, jumping to the earliest
 * timer. The load generator and a simulated service on it make a discrete-event simulation —
 * the same code as a real test, with none of a real machine's noise — so minutes of traffic take
 * a fraction of a second and give the same numbers on every machine (`load.simulate`, and the
 * generator's own tests). `block(ms)` moves time on at once, as a long synchronous task would.
 */
import type { LoadClock } from './load-clock';
import { createTaskYield } from '../task-yield';
import { loadMessages } from './load-messages';

interface Timer {
  at: number;
  order: number;
  resolve: () => void;
}

/** Waits for one task turn of the real event loop, so every settled promise's callbacks have run. */
const realTurn = createTaskYield();

/** A clock whose time only the simulation moves. */
export class VirtualClock implements LoadClock {
  readonly sleepsExactly = true;
  private time = 1000;
  private order = 0;
  private timers: Timer[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = { at: this.time + Math.max(0, ms), order: this.order++, resolve };
      // Keep the timers sorted by time, then by order of creation.
      let index = this.timers.length;
      while (index > 0 && (this.timers[index - 1]?.at ?? 0) > timer.at) index--;
      this.timers.splice(index, 0, timer);
    });
  }

  /** A yield costs 0.1 ms of virtual time, like one turn of a busy event loop. */
  yield(): Promise<void> {
    return this.sleep(0.1);
  }

  /** A synchronous task of `ms` ms: time jumps, nothing else runs meanwhile. */
  block(ms: number): void {
    this.time += ms;
  }

  /**
   * Runs `work` to completion, firing timers in time order whenever nothing else can run. Work
   * that waits on something other than this clock (a real timer, a real service) cannot finish
   * here and is an error after `patience` idle turns.
   */
  async run<T>(work: Promise<T>, patience = 50): Promise<T> {
    type Outcome = { ok: true; value: T } | { ok: false; error: unknown };
    const box: { outcome: Outcome | null } = { outcome: null };
    work.then(
      (value) => (box.outcome = { ok: true, value }),
      (error: unknown) => (box.outcome = { ok: false, error }),
    );
    let idle = 0;
    for (;;) {
      await realTurn();
      const outcome = box.outcome;
      if (outcome) {
        if (outcome.ok) return outcome.value;
        throw outcome.error;
      }
      const timer = this.timers.shift();
      if (!timer) {
        if (++idle > patience) throw new Error(loadMessages.outsideSimulation());
        continue;
      }
      idle = 0;
      this.time = Math.max(this.time, timer.at);
      timer.resolve();
    }
  }
}
