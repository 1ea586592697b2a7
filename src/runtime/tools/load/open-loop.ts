/**
 * The open-loop generator (`load.open`): requests leave on a fixed schedule — request i is due
 * at start + i/rate (or at Poisson arrival times) — whether or not earlier ones were answered.
 * Each latency is measured from the request's *intended* send time, so when the generator
 * itself falls behind (a slow service hogging the core, a late timer), the delay is counted
 * instead of hidden: no coordinated omission (Gil Tene's term; wrk2 and k6's
 * constant-arrival-rate work the same way). How late the generator was is reported separately
 * (`sendLagMs`): against a no-op service that is the harness's own share of the latency.
 */
import { mulberry32 } from '../random.ts';
import { realClock, waitUntil, type LoadClock } from './load-clock';
import { outcomeOf, LoadRecorder, type LoadResult } from './load-result';

/** Options of `load.open` (already checked by load-options.ts). */
export interface OpenLoopOptions {
  /** Requests per second. */
  rate: number;
  /** How long to send, in ms. */
  durationMs: number;
  /** Makes request `i` (0, 1, 2, …); any async function. */
  send: (i: number) => unknown;
  /** 'uniform' (every 1/rate s, default) or 'poisson' (random gaps with mean 1/rate s, as independent users arrive). */
  arrivals: 'uniform' | 'poisson';
  /** Seed of the Poisson gaps. */
  seed: number;
  /** At most this many requests waiting for an answer; a request due beyond it is dropped and counted. */
  maxInFlight: number;
  /** How long to wait for answers after the last send before counting the rest as unfinished. */
  drainMs: number;
}

/** The intended send times, in ms after the start. */
export function schedule(options: Pick<OpenLoopOptions, 'rate' | 'durationMs' | 'arrivals' | 'seed'>): Float64Array {
  const interval = 1000 / options.rate;
  if (options.arrivals === 'uniform') {
    const count = Math.floor((options.rate * options.durationMs) / 1000 + 1e-9);
    return Float64Array.from({ length: count }, (_, i) => i * interval);
  }
  const random = mulberry32(options.seed);
  const times: number[] = [];
  for (let t = -interval * Math.log(1 - random()); t < options.durationMs; t += -interval * Math.log(1 - random())) times.push(t);
  return Float64Array.from(times);
}

/** Runs an open-loop test; resolves when every request is answered or `drainMs` has passed after the last send. */
export async function runOpenLoop(options: OpenLoopOptions, clock: LoadClock = realClock()): Promise<LoadResult> {
  const due = schedule(options);
  const recorder = new LoadRecorder();
  const pending = new Map<number, number>(); // request index → intended send time
  let wakeDrain: (() => void) | null = null;

  const issue = (i: number, intended: number) => {
    const sentAt = clock.now();
    recorder.started(sentAt);
    recorder.sendLag.record(sentAt - intended);
    pending.set(i, intended);
    const settle = (response: unknown, rejected: boolean) => {
      if (!pending.delete(i)) return; // already counted as unfinished
      const at = clock.now();
      recorder.answered(at, at - intended, rejected ? { ok: false, status: 'rejected' } : outcomeOf(response));
      if (pending.size === 0) wakeDrain?.();
    };
    let call: Promise<unknown>;
    try {
      call = Promise.resolve(options.send(i));
    } catch (error) {
      call = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    call.then(
      (response) => settle(response, false),
      () => settle(undefined, true),
    );
  };

  const start = clock.now();
  let next = 0;
  while (next < due.length) {
    await waitUntil(clock, start + (due[next] ?? 0));
    // Send every request whose time has come: after a late wake-up, the overdue ones go at once,
    // and their lateness is part of their latency.
    const now = clock.now();
    while (next < due.length && start + (due[next] ?? 0) <= now) {
      const intended = start + (due[next] ?? 0);
      if (pending.size >= options.maxInFlight) recorder.dropped++;
      else issue(next, intended);
      next++;
    }
  }
  const sendEnd = clock.now();

  if (pending.size > 0) {
    await Promise.race([new Promise<void>((resolve) => (wakeDrain = resolve)), clock.sleep(options.drainMs)]);
  }
  const end = clock.now();
  const ages = [...pending.values()].map((intended) => end - intended);
  pending.clear();
  const interval = 1000 / options.rate;
  return recorder.finish(end, ages, {
    mode: 'open',
    offeredRate: options.rate,
    clients: null,
    sendWindowMs: Math.max(options.durationMs, sendEnd - start + (options.arrivals === 'uniform' ? interval : 0)),
  });
}
