/**
 * The load generator's clock: `now()` in milliseconds and a wait that wakes on time. A plain
 * `setTimeout` wakes late (browsers clamp nested timeouts to 4 ms, and a busy core adds more),
 * and every millisecond it oversleeps is a millisecond a request is sent late.
 *
 * Where the realm is cross-origin isolated (the site's pages are, for WASM threads) the wait
 * sleeps on `Atomics.waitAsync`, whose timeout is not clamped and wakes within a fraction of a
 * millisecond: the worker sleeps between sends, so on a busy machine the scheduler wakes it on
 * time instead of preempting a thread that never sleeps. Elsewhere (node, a page without
 * isolation) it sleeps on a timer until a few milliseconds before the due time, then yields task
 * by task until the time has come. Either way responses are handled between waits.
 */
import { createTaskYield } from '../task-yield';

/** Time source and waits the generator uses (tests pass fake ones). */
export interface LoadClock {
  /** Milliseconds since some fixed origin, with sub-millisecond precision. */
  now(): number;
  /** Resolves after at least `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
  /** Resolves on a later task, letting queued messages run. */
  yield(): Promise<void>;
  /** True when sleeps end on time (a simulated clock, or a precise timer): no need to spin. */
  readonly sleepsExactly?: boolean;
}

/** How long before a due time a clock with coarse timers stops trusting them and yields instead. */
export const SPIN_MS = 5;

/** What the precise sleep needs; absent in node and on pages that are not cross-origin isolated. */
export interface PreciseSleepEnvironment {
  crossOriginIsolated?: boolean | undefined;
  SharedArrayBuffer?: SharedArrayBufferConstructor | undefined;
  waitAsync?: typeof Atomics.waitAsync | undefined;
}

const globalEnvironment = (): PreciseSleepEnvironment => ({
  crossOriginIsolated: (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated,
  SharedArrayBuffer: typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer : undefined,
  waitAsync: typeof Atomics.waitAsync === 'function' ? Atomics.waitAsync.bind(Atomics) : undefined,
});

/**
 * A sleep on `Atomics.waitAsync` (a wait on a cell nobody notifies, so it ends by its timeout),
 * or null where it is not to be trusted: only in a cross-origin-isolated browser realm (node's
 * waitAsync does not keep the process alive while it waits, so node keeps the timer and yields).
 */
export function preciseSleep(environment: PreciseSleepEnvironment = globalEnvironment()): ((ms: number) => Promise<void>) | null {
  const { SharedArrayBuffer: Shared, waitAsync } = environment;
  if (environment.crossOriginIsolated !== true || !Shared || !waitAsync) return null;
  const cell = new Int32Array(new Shared(4));
  return async (ms) => {
    const result = waitAsync(cell, 0, 0, Math.max(0, ms));
    if (result.async) await result.value;
  };
}

/** The real clock: performance.now, a precise sleep where there is one (else setTimeout), and a task yield. */
export function realClock(environment?: PreciseSleepEnvironment): LoadClock {
  const precise = preciseSleep(environment);
  return {
    now: () => performance.now(),
    sleep: precise ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    yield: createTaskYield(),
    sleepsExactly: precise !== null,
  };
}

/** Resolves at (or just after) `due` on `clock`. */
export async function waitUntil(clock: LoadClock, due: number): Promise<void> {
  let left = due - clock.now();
  if (clock.sleepsExactly) {
    // A precise sleep may still wake a hair early: sleep again for what is left.
    while (left > 0) {
      await clock.sleep(left);
      left = due - clock.now();
    }
    return;
  }
  while (left > SPIN_MS) {
    await clock.sleep(left - SPIN_MS);
    left = due - clock.now();
  }
  while (clock.now() < due) await clock.yield();
}
