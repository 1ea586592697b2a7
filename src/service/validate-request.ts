/**
 * Checks a request body against the service's contract before anything runs: the body is JSON
 * (an object, or a string holding one) with `instances`, an array of 1…maxInstances instances,
 * each nested arrays of exactly the spec's shape holding numbers of its dtype within [min, max].
 * The first broken rule becomes a {@link RequestError} naming the field, what was expected there
 * and what came, so the caller (a 400) can say precisely what to fix.
 */
import { describeValue } from './describe-value.ts';
import { requestMessages } from './service-messages.ts';
import type { InputSpec, RequestError } from './request-format.ts';

/** A valid request: its instances as flat rows (row-major), ready for `predict`. */
export interface ValidRequest {
  ok: true;
  instances: number[][];
}

/** The outcome of {@link validateRequest}. */
export type Validation = ValidRequest | { ok: false; error: RequestError };

/** Builds a RequestError with its one-sentence message. */
export function requestError(field: string, expected: string, got: string): RequestError {
  return { field, expected, got, message: requestMessages.requestError(field, expected, got) };
}

/** What a value of the spec must be, e.g. 'a number in [0, 16]' or 'a whole number ≥ 0'. */
export function describeAllowed(spec: InputSpec): string {
  return requestMessages.allowed(spec.dtype === 'int32', spec.min, spec.max);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);

/**
 * Appends the values of `value` (one instance, or a part of one at depth `depth`) to `out`, or
 * returns the first error. Walks the spec's shape, so the error names the deepest wrong index.
 */
function collect(value: unknown, spec: InputSpec, depth: number, field: string, out: number[]): RequestError | undefined {
  if (depth === spec.shape.length) {
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (spec.dtype !== 'int32' || Number.isInteger(value)) &&
      (spec.min === undefined || value >= spec.min) &&
      (spec.max === undefined || value <= spec.max);
    if (!ok) return requestError(field, describeAllowed(spec), describeValue(value));
    out.push(value);
    return undefined;
  }
  const size = spec.shape[depth] as number;
  const expected = requestMessages.arrayOf(size, depth + 1 === spec.shape.length);
  if (!Array.isArray(value) || value.length !== size) return requestError(field, expected, describeValue(value));
  for (let i = 0; i < size; i++) {
    const error = collect(value[i], spec, depth + 1, `${field}[${i}]`, out);
    if (error) return error;
  }
  return undefined;
}

/**
 * Validates `body` (a parsed object, or the raw JSON text of a request) for `spec`, allowing at
 * most `maxInstances` instances. Never throws: every problem is a `{ ok: false, error }`.
 */
export function validateRequest(body: unknown, spec: InputSpec, maxInstances: number): Validation {
  const bad = (field: string, expected: string, got: string): Validation => ({ ok: false, error: requestError(field, expected, got) });
  let parsed = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      return bad('(body)', requestMessages.jsonText, requestMessages.notJsonText(error instanceof Error ? error.message : String(error)));
    }
  }
  if (!isPlainObject(parsed)) return bad('(body)', requestMessages.anObject, describeValue(parsed));
  const extra = Object.keys(parsed).find((key) => key !== 'instances');
  if (extra !== undefined) {
    return bad(extra, requestMessages.onlyInstances(extra === 'inputs'), requestMessages.aFieldByThatName);
  }
  const { instances } = parsed;
  if (!Array.isArray(instances)) return bad('instances', requestMessages.arrayOfInstances, describeValue(instances));
  if (instances.length === 0) return bad('instances', requestMessages.atLeastOne, requestMessages.anEmptyArray);
  if (instances.length > maxInstances)
    return bad('instances', requestMessages.atMost(maxInstances), requestMessages.instances(instances.length));
  const rows: number[][] = [];
  for (let i = 0; i < instances.length; i++) {
    const row: number[] = [];
    const error = collect(instances[i], spec, 0, `instances[${i}]`, row);
    if (error) return { ok: false, error };
    rows.push(row);
  }
  return { ok: true, instances: rows };
}
