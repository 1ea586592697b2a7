/**
 * The `load` global of a code cell: `load.open` (constant arrival rate), `load.closed`
 * (N clients), `load.simulatedService` (a queue with a known service time) and `load.simulate`
 * (an open loop against such a queue in virtual time: exact, repeatable, instant). See the
 * authoring guide's learner API for examples.
 */
import { runClosedLoop } from './closed-loop';
import type { LoadClock } from './load-clock';
import { closedOptions, openOptions, simulatedServiceOptions } from './load-options';
import { VirtualClock } from './virtual-clock';
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

/** Options a cell passes to `load.simulate`: an open loop's, with the simulated service instead of `send`. */
export interface LoadSimulateOptions {
  rate: number;
  durationMs: number;
  arrivals?: 'uniform' | 'poisson';
  seed?: number;
  service: SimulatedServiceArgs;
}

/** The `load` global. */
export interface LoadApi {
  /** Sends `rate` requests per second for `durationMs`, whatever the answers, and measures each from its intended send time. */
  open(options: LoadOpenOptions): Promise<LoadResult>;
  /** Runs `clients` clients that each send, wait for the answer, and send again, for `durationMs`. */
  closed(options: LoadClosedOptions): Promise<LoadResult>;
  /** A queue with a known service time to load-test: returns its `send` function. */
  simulatedService(options: SimulatedServiceArgs): (i?: number) => Promise<SimulatedResponse>;
  /**
   * An open loop against a simulated service in virtual time: the same generator and histogram,
   * but the clock jumps from event to event, so a minute of traffic takes a moment and gives the
   * same result on every machine (no timer or scheduling noise).
   */
  simulate(options: LoadSimulateOptions): Promise<LoadResult>;
}

/** Creates the `load` global; tests pass a fake clock. */
export function createLoadApi(clock?: LoadClock): LoadApi {
  return {
    open: async (options) => runOpenLoop(openOptions(options), clock),
    closed: async (options) => runClosedLoop(closedOptions(options), clock),
    simulatedService: (options) => createSimulatedService(simulatedServiceOptions(options), clock),
    simulate: async (options) => {
      const raw = (typeof options === 'object' && options !== null ? options : {}) as Partial<LoadSimulateOptions>;
      const service = simulatedServiceOptions(raw.service);
      const open = openOptions({ ...raw, send: () => undefined });
      const virtual = new VirtualClock();
      const send = createSimulatedService(service, virtual);
      return virtual.run(runOpenLoop({ ...open, send }, virtual));
    },
  };
}
