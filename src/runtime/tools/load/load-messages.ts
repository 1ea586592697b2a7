/**
 * Every message the load generator shows a learner, in one place. Pinned by
 * test/runtime/load/load-options.test.ts.
 */
import { describeValue } from '../messages.ts';

export const loadMessages = {
  notOptions: (helper: string, example: string) => `${helper} needs an options object, e.g. ${example}.`,
  badNumber: (helper: string, option: string, range: string, received: unknown) =>
    `${helper}: ${option} must be ${range}, got ${describeValue(received)}.`,
  badSend: (helper: string, received: unknown) =>
    `${helper}: send must be a function that makes one request, e.g. send: (i) => svc.request(body); got ${describeValue(received)}.`,
  tooMany: (rate: number, durationMs: number, limit: number) =>
    `load.open: ${rate} requests/s for ${durationMs} ms is ${Math.round((rate * durationMs) / 1000).toLocaleString('en-US')} requests; at most ${limit.toLocaleString('en-US')} per test. Lower the rate or the duration.`,
  badArrivals: (received: unknown) => `load.open: arrivals must be 'uniform' or 'poisson', got ${describeValue(received)}.`,
  badDistribution: (received: unknown) =>
    `load.simulatedService: distribution must be 'fixed' or 'exponential', got ${describeValue(received)}.`,
} as const;
