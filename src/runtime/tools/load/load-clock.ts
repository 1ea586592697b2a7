/**
 * The load generator's clock: `now()` in milliseconds and a wait that wakes on time. A plain
 * `setTimeout` wakes late (browsers clamp nested timeouts to 4 ms, and a busy core adds more),
 * and every millisecond it oversleeps is a millisecond a request is sent late. So the wait sleeps
 * on a timer only until a few milliseconds before the due time, then yields task by task (a
 * MessageChannel message is not clamped) until the time has come. Responses are handled
 * between those yields, so the spin never starves the requests it is timing.
 */

/** Time source and waits the generator uses (tests pass fake ones). */
export interface LoadClock {
  /** Milliseconds since some fixed origin, with sub-millisecond precision. */
  now(): number;
  /** Resolves after at least `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
  /** Resolves on a later task, letting queued messages run. */
  yield(): Promise<void>;
  /** True for a simulated clock, whose sleeps end exactly on time (no need to spin). */
  readonly sleepsExactly?: boolean;
}

/** How long before a due time the wait stops trusting timers and yields instead. */
export const SPIN_MS = 5;

/**
 * A yield to the next task: setImmediate where there is one (node), else one MessageChannel kept
 * for the realm's life (creating a channel per yield would cost more than the yield itself).
 */
function taskYield(): () => Promise<void> {
  if (typeof setImmediate === 'function') return () => new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel !== 'function') return () => new Promise((resolve) => setTimeout(resolve, 0));
  let channel: MessageChannel | null = null;
  const waiting: Array<() => void> = [];
  return () =>
    new Promise<void>((resolve) => {
      if (!channel) {
        channel = new MessageChannel();
        channel.port1.onmessage = () => waiting.shift()?.();
      }
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}

/** The real clock: performance.now, setTimeout and a task yield. */
export function realClock(): LoadClock {
  return {
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    yield: taskYield(),
  };
}

/** Resolves at (or just after) `due` on `clock`. */
export async function waitUntil(clock: LoadClock, due: number): Promise<void> {
  let left = due - clock.now();
  if (clock.sleepsExactly) {
    if (left > 0) await clock.sleep(left);
    return;
  }
  while (left > SPIN_MS) {
    await clock.sleep(left - SPIN_MS);
    left = due - clock.now();
  }
  while (clock.now() < due) await clock.yield();
}
