/**
 * The `load` global of a code cell: `load.open` (constant arrival rate), `load.closed`
 * (N clients) and `load.simulatedService` (a queue with a known service time). See the
 * authoring guide's learner API for examples.
 */
import { runClosedLoop } from './closed-loop';
import type { LoadClock } from './load-clock';
import { closedOptions, openOptions, simulatedServiceOptions } from './load-options';
import type { LoadResult } from './load-result';
import { runOpenLoop } from './open-loop';
import { createSimulatedService, type SimulatedResponse } from './simulated-service';

export type { LoadResult } from './load-result';
export { LatencyHistogram } from './latency-histogram';

/** Options a cell passes to `load.open`. */
export interface LoadOpenOptions {
  rate: number;
  durationMs: number;
  send: (i: number) => unknown;
  arrivals?: 'uniform' | 'poisson';
  seed?: number;
  maxInFlight?: number;
  drainMs?: number;
}

/** Options a cell passes to `load.closed`. */
export interface LoadClosedOptions {
  clients: number;
  durationMs: number;
  send: (i: number) => unknown;
  thinkMs?: number;
  drainMs?: number;
}

/** Options a cell passes to `load.simulatedService`. */
export interface SimulatedServiceArgs {
  meanMs: number;
  distribution?: 'fixed' | 'exponential';
  servers?: number;
  seed?: number;
}

/** The `load` global. */
export interface LoadApi {
  /** Sends `rate` requests per second for `durationMs`, whatever the answers, and measures each from its intended send time. */
  open(options: LoadOpenOptions): Promise<LoadResult>;
  /** Runs `clients` clients that each send, wait for the answer, and send again, for `durationMs`. */
  closed(options: LoadClosedOptions): Promise<LoadResult>;
  /** A queue with a known service time to load-test: returns its `send` function. */
  simulatedService(options: SimulatedServiceArgs): (i?: number) => Promise<SimulatedResponse>;
}

/** Creates the `load` global; tests pass a fake clock. */
export function createLoadApi(clock?: LoadClock): LoadApi {
  return {
    open: async (options) => runOpenLoop(openOptions(options), clock),
    closed: async (options) => runClosedLoop(closedOptions(options), clock),
    simulatedService: (options) => createSimulatedService(simulatedServiceOptions(options), clock),
  };
}
