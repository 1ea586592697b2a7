/**
 * The options of `service.start(model, options)` (and of `npm run serve:model`), checked and
 * given their defaults. A wrong option is the author's mistake, not a request's: it throws a
 * {@link ServiceOptionsError} naming the option, what was expected and what came.
 */
import { describeValue } from './describe-value.ts';
import type { BatchingOptions, InputSpec, ServiceOptions } from './request-format.ts';
import { serviceOptionMessages as m } from './service-messages.ts';

/** Thrown by {@link parseServiceOptions} when an option is wrong; `field` names it, e.g. 'input.shape'. */
export class ServiceOptionsError extends Error {
  override readonly name = 'ServiceOptionsError';
  constructor(
    readonly field: string,
    readonly expected: string,
    readonly got: string,
  ) {
    super(m.wrongOption(field, expected, got));
  }
}

/** Defaults: version '1', 64 instances per request, no batching, no queue limit. */
export const SERVICE_DEFAULTS = { version: '1', maxInstances: 64, maxQueueLength: Infinity } as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isWhole = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min;

function fail(field: string, expected: string, value: unknown): never {
  throw new ServiceOptionsError(field, expected, describeValue(value));
}

function parseInput(raw: unknown): InputSpec {
  if (!isObject(raw)) fail('input', m.input, raw);
  const { shape, dtype = 'float32', min, max } = raw;
  if (!Array.isArray(shape) || shape.length === 0 || !shape.every((n) => isWhole(n, 1))) fail('input.shape', m.shape, shape);
  if (dtype !== 'float32' && dtype !== 'int32') fail('input.dtype', m.dtype, dtype);
  if (min !== undefined && (typeof min !== 'number' || Number.isNaN(min))) fail('input.min', m.aNumber, min);
  if (max !== undefined && (typeof max !== 'number' || Number.isNaN(max))) fail('input.max', m.aNumber, max);
  if (typeof min === 'number' && typeof max === 'number' && min > max) fail('input.max', m.atLeastMin(min), max);
  return {
    shape: [...shape],
    dtype,
    ...(typeof min === 'number' ? { min } : {}),
    ...(typeof max === 'number' ? { max } : {}),
  };
}

function parseBatching(raw: unknown): BatchingOptions | false {
  if (raw === undefined || raw === false) return false;
  if (raw === true) return { maxBatchSize: 32, maxQueueWaitMs: 5 };
  if (!isObject(raw)) fail('batching', m.batching, raw);
  const { maxBatchSize = 32, maxQueueWaitMs = 5 } = raw;
  if (!isWhole(maxBatchSize, 1)) fail('batching.maxBatchSize', m.wholeAtLeastOne, maxBatchSize);
  if (typeof maxQueueWaitMs !== 'number' || !(maxQueueWaitMs >= 0) || !Number.isFinite(maxQueueWaitMs))
    fail('batching.maxQueueWaitMs', m.milliseconds, maxQueueWaitMs);
  return { maxBatchSize, maxQueueWaitMs };
}

/**
 * Checks `raw` (what the author passed) and fills the defaults. `input.shape` is required; the
 * rest defaults to {@link SERVICE_DEFAULTS}, dtype 'float32' and no bounds. `batching: true`
 * means { maxBatchSize: 32, maxQueueWaitMs: 5 }.
 */
export function parseServiceOptions(raw: unknown): ServiceOptions {
  if (!isObject(raw)) fail('(options)', m.options, raw);
  const known = ['version', 'input', 'maxInstances', 'batching', 'maxQueueLength'];
  const unknown = Object.keys(raw).find((key) => !known.includes(key));
  if (unknown !== undefined) throw new ServiceOptionsError(unknown, m.oneOf(known), m.anOptionByThatName);
  const {
    version = SERVICE_DEFAULTS.version,
    maxInstances = SERVICE_DEFAULTS.maxInstances,
    maxQueueLength = SERVICE_DEFAULTS.maxQueueLength,
  } = raw;
  if (typeof version !== 'string' || version === '') fail('version', m.version, version);
  if (!isWhole(maxInstances, 1)) fail('maxInstances', m.wholeAtLeastOne, maxInstances);
  if (!(maxQueueLength === Infinity || isWhole(maxQueueLength, 1))) fail('maxQueueLength', m.queueLength, maxQueueLength);
  return { version, input: parseInput(raw['input']), maxInstances, batching: parseBatching(raw['batching']), maxQueueLength };
}
