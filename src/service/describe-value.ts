/**
 * Short descriptions of a received value for "expected …, got …" messages: a number or a short
 * string as itself, an array by its length, anything long cut to a few dozen characters.
 */

const MAX_CHARS = 40;

/** Cuts `text` to at most {@link MAX_CHARS} characters, marking the cut with '…'. */
function shorten(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

/** Describes `value` as a learner would want to read it in an error, e.g. '17', 'a string "abc"', 'an array of 63 items'. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return `a string ${shorten(JSON.stringify(value))}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name} (send plain arrays: JSON has no typed arrays)`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty object' : `an object with ${shorten(keys.map((k) => JSON.stringify(k)).join(', '))}`;
  }
  return `a ${typeof value}`;
}
