/**
 * The closed-loop generator (`load.closed`): N clients, each sending its next request as soon
 * as (plus `thinkMs` after) its previous one is answered — like N users clicking and waiting.
 * The service's speed sets the rate: when it slows down, fewer requests are sent, so a closed
 * loop measures throughput at a concurrency, and its latencies (measured from each actual send)
 * can look better than users would see under a fixed arrival rate. Little's law ties the three:
 * clients = throughput × (latency + think time).
 */
import { realClock, type LoadClock } from './load-clock';
import { outcomeOf, LoadRecorder, type LoadResult } from './load-result';

/** Options of `load.closed` (already checked by load-options.ts). */
export interface ClosedLoopOptions {
  /** Concurrent clients. */
  clients: number;
  /** How long clients start new requests, in ms. */
  durationMs: number;
  /** Makes request `i`; any async function. */
  send: (i: number) => unknown;
  /** Pause of a client between an answer and its next request, in ms. */
  thinkMs: number;
  /** How long to wait for the last answers before counting them as unfinished. */
  drainMs: number;
}

/** Runs a closed-loop test. */
export async function runClosedLoop(options: ClosedLoopOptions, clock: LoadClock = realClock()): Promise<LoadResult> {
  const recorder = new LoadRecorder();
  const start = clock.now();
  const stopAt = start + options.durationMs;
  const inFlight = new Map<number, number>(); // request index → send time
  let next = 0;
  let gaveUp = false;

  const client = async () => {
    while (!gaveUp && clock.now() < stopAt) {
      const i = next++;
      const sentAt = clock.now();
      recorder.started(sentAt);
      inFlight.set(i, sentAt);
      let response: unknown;
      let rejected = false;
      try {
        response = await options.send(i);
      } catch {
        rejected = true;
      }
      if (!inFlight.delete(i)) return; // counted as unfinished already
      const at = clock.now();
      recorder.answered(at, at - sentAt, rejected ? { ok: false, status: 'rejected' } : outcomeOf(response));
      if (options.thinkMs > 0) await clock.sleep(options.thinkMs);
      else await clock.yield(); // an instant send must not monopolise the worker
    }
  };

  const clients = Promise.all(Array.from({ length: options.clients }, client));
  const drainLimit = new Promise<void>((resolve) => {
    void clock.sleep(options.durationMs + options.drainMs).then(resolve);
  });
  await Promise.race([clients, drainLimit]);
  gaveUp = true;
  const end = clock.now();
  const ages = [...inFlight.values()].map((sentAt) => end - sentAt);
  inFlight.clear();
  return recorder.finish(end, ages, {
    mode: 'closed',
    offeredRate: null,
    clients: options.clients,
    sendWindowMs: Math.max(options.durationMs, (Number.isNaN(recorder.lastSend) ? start : recorder.lastSend) - start),
  });
}
