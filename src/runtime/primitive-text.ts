/**
 * The text of a value that is not an object, for messages: `String()` for numbers, booleans,
 * bigints, undefined and null, the description of a symbol, a function's source. Objects get
 * `Object.prototype.toString` (callers describe objects their own way first).
 */
export function primitiveText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return String(value);
    case 'symbol':
      return value.toString();
    case 'function':
      return Function.prototype.toString.call(value);
    default:
      return value === null ? 'null' : Object.prototype.toString.call(value);
  }
}
