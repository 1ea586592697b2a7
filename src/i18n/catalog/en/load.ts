/**
 * Every message the load generator (`load.open`, `load.closed`, `load.simulatedService`,
 * `load.simulate`) shows a learner (read through src/runtime/tools/load/load-messages.ts).
 */
import * as tools from './tools';

const { describeValue } = tools.valueMessages;

export const loadMessages = {
  notOptions: (helper: string, example: string) => `${helper} needs an options object, e.g. ${example}.`,
  badNumber: (helper: string, option: string, range: string, received: unknown) =>
    `${helper}: ${option} must be ${range}, got ${describeValue(received)}.`,
  /** The `range` of `badNumber`: "a whole number from 1 to 1,000". */
  range: (integer: boolean, min: number, max: number) =>
    `${integer ? 'a whole number' : 'a number'} from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}`,
  /** The example of `load.simulatedService`'s options, with a note that `load.simulate` takes the same. */
  sameForSimulate: (example: string) => `${example} (load.simulate takes the same as service)`,
  badSend: (helper: string, received: unknown) =>
    `${helper}: send must be a function that makes one request, e.g. send: (i) => svc.request(body); got ${describeValue(received)}.`,
  tooMany: (rate: number, durationMs: number, limit: number) =>
    `load.open: ${rate} requests/s for ${durationMs} ms is ${Math.round((rate * durationMs) / 1000).toLocaleString('en-US')} requests; at most ${limit.toLocaleString('en-US')} per test. Lower the rate or the duration.`,
  badArrivals: (received: unknown) => `load.open: arrivals must be 'uniform' or 'poisson', got ${describeValue(received)}.`,
  badDistribution: (received: unknown) =>
    `load.simulatedService: distribution must be 'fixed' or 'exponential', got ${describeValue(received)}.`,
  /** `load.simulate`'s work waited on something the virtual clock does not drive (a real timer, a worker). */
  outsideSimulation: () => 'virtual clock: the work is waiting on something outside the simulation',
} as const;
