/**
 * The load generator's clock: `now()` in milliseconds and a wait that wakes on time. A plain
 * `setTimeout` wakes late (browsers clamp nested timeouts to 4 ms, and a busy core adds more),
 * and every millisecond it oversleeps is a millisecond a request is sent late. So the wait sleeps
 * on a timer only until a few milliseconds before the due time, then yields task by task (a
 * MessageChannel message is not clamped) until the time has come. Responses are handled
 * between those yields, so the spin never starves the requests it is timing.
 */
import { yieldToEventLoop } from '../../kernel/display/yield-to-event-loop';

/** Time source and waits the generator uses (tests pass fake ones). */
export interface LoadClock {
  /** Milliseconds since some fixed origin, with sub-millisecond precision. */
  now(): number;
  /** Resolves after at least `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
  /** Resolves on a later task, letting queued messages run. */
  yield(): Promise<void>;
}

/** How long before a due time the wait stops trusting timers and yields instead. */
export const SPIN_MS = 5;

/** The real clock: performance.now, setTimeout and a MessageChannel yield. */
export function realClock(): LoadClock {
  return {
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    yield: () => yieldToEventLoop(),
  };
}

/** Resolves at (or just after) `due` on `clock`. */
export async function waitUntil(clock: LoadClock, due: number): Promise<void> {
  let left = due - clock.now();
  while (left > SPIN_MS) {
    await clock.sleep(left - SPIN_MS);
    left = due - clock.now();
  }
  while (clock.now() < due) await clock.yield();
}
