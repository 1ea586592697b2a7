/**
 * Checks the options a cell passes to `load.open`, `load.closed` and `load.simulatedService`,
 * fills in defaults, and throws a {@link LoadError} saying what was wrong and what would work.
 */
import { LoadError } from './load-error';
import { loadMessages } from './load-messages';
import type { ClosedLoopOptions } from './closed-loop';
import type { OpenLoopOptions } from './open-loop';
import type { SimulatedServiceOptions } from './simulated-service';

/** Requests one test may send at most (1,000 requests/s for 100 s). */
export const MAX_REQUESTS = 100_000;
/** Longest test, in ms. */
export const MAX_DURATION_MS = 120_000;

type Raw = Record<string, unknown>;

function objectOf(helper: string, value: unknown, example: string): Raw {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new LoadError(loadMessages.notOptions(helper, example));
  return value as Raw;
}

function numberOf(
  helper: string,
  raw: Raw,
  option: string,
  fallback: number | undefined,
  min: number,
  max: number,
  integer = false,
): number {
  const value = raw[option] ?? fallback;
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  if (!ok) {
    throw new LoadError(loadMessages.badNumber(helper, option, loadMessages.range(integer, min, max), raw[option]));
  }
  return value;
}

function sendOf(helper: string, raw: Raw): (i: number) => unknown {
  const send = raw['send'];
  if (typeof send !== 'function') throw new LoadError(loadMessages.badSend(helper, send));
  return send as (i: number) => unknown;
}

/** `load.open` options with defaults: uniform arrivals, seed 1, 10,000 in flight, 5 s to drain. */
export function openOptions(value: unknown): OpenLoopOptions {
  const helper = 'load.open';
  const raw = objectOf(helper, value, 'load.open({ rate: 100, durationMs: 2000, send })');
  const rate = numberOf(helper, raw, 'rate', undefined, 0.001, 100_000);
  const durationMs = numberOf(helper, raw, 'durationMs', undefined, 1, MAX_DURATION_MS);
  if ((rate * durationMs) / 1000 > MAX_REQUESTS) throw new LoadError(loadMessages.tooMany(rate, durationMs, MAX_REQUESTS));
  const arrivals = raw['arrivals'] ?? 'uniform';
  if (arrivals !== 'uniform' && arrivals !== 'poisson') throw new LoadError(loadMessages.badArrivals(arrivals));
  return {
    rate,
    durationMs,
    send: sendOf(helper, raw),
    arrivals,
    seed: numberOf(helper, raw, 'seed', 1, 0, 2 ** 32, true),
    maxInFlight: numberOf(helper, raw, 'maxInFlight', 10_000, 1, MAX_REQUESTS, true),
    drainMs: numberOf(helper, raw, 'drainMs', 5000, 0, MAX_DURATION_MS),
  };
}

/** `load.closed` options with defaults: no think time, 5 s to drain. */
export function closedOptions(value: unknown): ClosedLoopOptions {
  const helper = 'load.closed';
  const raw = objectOf(helper, value, 'load.closed({ clients: 8, durationMs: 2000, send })');
  return {
    clients: numberOf(helper, raw, 'clients', undefined, 1, 1000, true),
    durationMs: numberOf(helper, raw, 'durationMs', undefined, 1, MAX_DURATION_MS),
    send: sendOf(helper, raw),
    thinkMs: numberOf(helper, raw, 'thinkMs', 0, 0, 60_000),
    drainMs: numberOf(helper, raw, 'drainMs', 5000, 0, MAX_DURATION_MS),
  };
}

/** `load.simulatedService` options with defaults: exponential service, one server, seed 1. */
export function simulatedServiceOptions(value: unknown): SimulatedServiceOptions {
  const helper = 'load.simulatedService';
  const raw = objectOf(helper, value, loadMessages.sameForSimulate("load.simulatedService({ meanMs: 10, distribution: 'exponential' })"));
  const distribution = raw['distribution'] ?? 'exponential';
  if (distribution !== 'fixed' && distribution !== 'exponential') throw new LoadError(loadMessages.badDistribution(distribution));
  return {
    meanMs: numberOf(helper, raw, 'meanMs', undefined, 0, 60_000),
    distribution,
    servers: numberOf(helper, raw, 'servers', 1, 1, 1000, true),
    seed: numberOf(helper, raw, 'seed', 1, 0, 2 ** 32, true),
  };
}
