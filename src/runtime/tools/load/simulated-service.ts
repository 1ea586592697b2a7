/**
 * `load.simulatedService`: a stand-in service with a known service time, for checking the
 * theory and for exercises. It is a first-come-first-served queue in front of `servers`
 * servers; each request needs `meanMs` of a server (always, or drawn from an exponential
 * distribution, seeded). Its bookkeeping is exact arithmetic — a request's answer time is
 * max(arrival, a server free) + its service time — and only the wait for that time uses the
 * clock, so lateness never builds up a queue the model does not have. One waiter answers the
 * requests in order of their answer times, waking as precisely as the load generator does
 * (load-clock.ts), rather than one timer per request, each a millisecond or more late. With
 * exponential service and Poisson arrivals it is the M/M/1 queue of the lesson's theory.
 */
import { mulberry32 } from '../random.ts';
import { realClock, waitUntil, type LoadClock } from './load-clock';

/** Options of `load.simulatedService` (already checked). */
export interface SimulatedServiceOptions {
  /** Mean service time of one request, in ms. */
  meanMs: number;
  /** 'fixed' (every request takes meanMs) or 'exponential'. */
  distribution: 'fixed' | 'exponential';
  /** Servers working in parallel. */
  servers: number;
  /** Seed of the exponential service times. */
  seed: number;
}

/** What the simulated service answers. */
export interface SimulatedResponse {
  status: 200;
  /** Time the request waited for a server, in ms. */
  queuedMs: number;
  /** Time a server worked on it, in ms. */
  serviceMs: number;
}

/** A send function: `send(i)` resolves when the simulated service has answered request i. */
export function createSimulatedService(
  options: SimulatedServiceOptions,
  clock: LoadClock = realClock(),
): (i?: number) => Promise<SimulatedResponse> {
  const random = mulberry32(options.seed);
  const freeAt = new Array<number>(options.servers).fill(-Infinity);
  /** Answers not given yet, soonest first. */
  const due: Array<{ at: number; answer: () => void }> = [];
  let waiting = false;

  const answerDue = async () => {
    waiting = true;
    while (due.length > 0) {
      await waitUntil(clock, due[0]?.at ?? 0);
      const now = clock.now();
      while (due.length > 0 && (due[0]?.at ?? Infinity) <= now) due.shift()?.answer();
    }
    waiting = false;
  };

  return (_i?: number) => {
    const arrival = clock.now();
    const serviceMs = options.distribution === 'fixed' ? options.meanMs : -options.meanMs * Math.log(1 - random());
    let server = 0;
    for (let s = 1; s < freeAt.length; s++) if ((freeAt[s] ?? 0) < (freeAt[server] ?? 0)) server = s;
    const begin = Math.max(arrival, freeAt[server] ?? arrival);
    const at = begin + serviceMs;
    freeAt[server] = at;
    const response: SimulatedResponse = { status: 200, queuedMs: begin - arrival, serviceMs };
    return new Promise((resolve) => {
      let index = due.length;
      while (index > 0 && (due[index - 1]?.at ?? 0) > at) index--;
      due.splice(index, 0, { at, answer: () => resolve(response) });
      if (!waiting) void answerDue();
    });
  };
}
