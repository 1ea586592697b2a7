/**
 * Formats console arguments to text in the worker, the way a browser console would but bounded:
 * nested values stop at a depth, long arrays and objects at a length, cycles print [Circular],
 * and tensors print their dtype, shape and values. Pure functions; nothing here throws.
 */
import { formatTensor, isTensorLike, tensorHeader } from './format-tensor';
import { displayMessages } from '../../display/messages';

/** Nesting below this depth prints as [Object] / [Array]. */
export const MAX_DEPTH = 3;
/** Array, typed array, Map and Set entries shown before "… N more items". */
export const MAX_ITEMS = 100;
/** Object keys shown before "… N more keys". */
export const MAX_KEYS = 50;
/** Nested strings longer than this are cut with "…". */
export const MAX_NESTED_STRING = 200;
/** A container whose one-line form is longer than this is laid out one entry per line. */
const LINE_WIDTH = 72;

/** One console argument as text: strings as they are, everything else inspected. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return formatErrorTop(value);
  if (isTensorLike(value)) return formatTensor(value);
  return inspect(value, 0, new Set());
}

/**
 * All arguments of one console call, each as a part. A first string argument with %s, %d, %i,
 * %f, %o, %O, %c or %% is a format string, as in browsers.
 */
export function formatConsoleArgs(args: readonly unknown[]): string[] {
  const [first, ...rest] = args;
  if (typeof first !== 'string' || !first.includes('%')) return args.map(formatValue);
  let next = 0;
  const text = first.replace(/%([sdifoOc%])/g, (match, code: string) => {
    if (code === '%') return '%';
    if (next >= rest.length) return match;
    const argument = rest[next++];
    switch (code) {
      case 's':
        return typeof argument === 'string' ? argument : formatValue(argument);
      case 'd':
      case 'i':
        return typeof argument === 'object' ? 'NaN' : String(Math.trunc(Number(argument)));
      case 'f':
        return typeof argument === 'object' ? 'NaN' : String(Number(argument));
      case 'c':
        return '';
      default:
        return inspect(argument, 0, new Set());
    }
  });
  return [text, ...rest.slice(next).map(formatValue)];
}

function formatErrorTop(error: Error): string {
  const name = safe(() => error.name, 'Error') || 'Error';
  const message = safe(() => error.message, '');
  return message ? `${name}: ${message}` : name;
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function quote(text: string): string {
  const cut = text.length > MAX_NESTED_STRING ? `${text.slice(0, MAX_NESTED_STRING)}…` : text;
  return `'${cut.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function formatKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key);
}

function formatFunction(fn: (...args: never[]) => unknown): string {
  const name = safe(() => fn.name, '');
  const isClass = safe(() => Function.prototype.toString.call(fn).startsWith('class'), false);
  if (isClass) return name ? `[class ${name}]` : '[class (anonymous)]';
  return name ? `[Function: ${name}]` : '[Function (anonymous)]';
}

function constructorName(value: object): string | null {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return null;
  const ctor = safe(() => (proto as { constructor?: { name?: unknown } }).constructor, undefined);
  return typeof ctor?.name === 'string' ? ctor.name : null;
}

/** Joins entries on one line when short, else one per line, indented. */
function wrap(open: string, close: string, items: string[], padded: boolean): string {
  if (items.length === 0) return `${open}${close}`;
  const oneLine = padded ? `${open} ${items.join(', ')} ${close}` : `${open}${items.join(', ')}${close}`;
  if (oneLine.length <= LINE_WIDTH && !items.some((item) => item.includes('\n'))) return oneLine;
  const body = items.map((item) => `  ${item.replace(/\n/g, '\n  ')}`).join(',\n');
  return `${open}\n${body}\n${close}`;
}

function more(count: number, noun: 'items' | 'keys'): string {
  return noun === 'items' ? displayMessages.consoleMoreItems(count) : displayMessages.consoleMoreKeys(count);
}

/** A nested value: strings quoted, containers bounded. */
function inspect(value: unknown, depth: number, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return value.toString();
    case 'function':
      return formatFunction(value as (...args: never[]) => unknown);
    default:
      break;
  }
  if (value === null) return 'null';
  const object = value as object;
  if (seen.has(object)) return '[Circular]';
  if (isTensorLike(object)) return object.isDisposed ? displayMessages.tensorDisposed(tensorHeader(object)) : tensorHeader(object);
  if (object instanceof Error) return `[${formatErrorTop(object)}]`;
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
  if (object instanceof RegExp) return String(object);
  if (object instanceof Promise) return 'Promise { … }';
  if (object instanceof ArrayBuffer) return `ArrayBuffer { byteLength: ${object.byteLength} }`;
  const model = formatModel(object);
  if (model !== null) return model;
  seen.add(object);
  try {
    return inspectContainer(object, depth, seen);
  } finally {
    seen.delete(object);
  }
}

/** tf.LayersModel and tf.Sequential: one line with name, layers and parameters. */
function formatModel(object: object): string | null {
  const model = object as { layers?: unknown; countParams?: unknown; name?: unknown };
  if (!Array.isArray(model.layers) || typeof model.countParams !== 'function' || typeof model.name !== 'string') return null;
  const params = safe(() => (model.countParams as () => number)(), NaN);
  return displayMessages.modelSummary(
    constructorName(object) ?? 'Model',
    model.name,
    model.layers.length,
    Number.isNaN(params) ? null : params,
  );
}

function inspectContainer(object: object, depth: number, seen: Set<object>): string {
  const nested = (v: unknown) => inspect(v, depth + 1, seen);
  const tooDeep = depth >= MAX_DEPTH;
  if (ArrayBuffer.isView(object) && !(object instanceof DataView)) {
    const array = object as unknown as ArrayLike<number | bigint>;
    const name = constructorName(object) ?? 'TypedArray';
    const items = Array.from({ length: Math.min(array.length, MAX_ITEMS) }, (_, i) => inspect(array[i], depth + 1, seen));
    if (array.length > MAX_ITEMS) items.push(more(array.length - MAX_ITEMS, 'items'));
    return `${name}(${array.length}) ${wrap('[', ']', items, false)}`;
  }
  if (Array.isArray(object)) {
    if (tooDeep) return '[Array]';
    const items = object.slice(0, MAX_ITEMS).map(nested);
    if (object.length > MAX_ITEMS) items.push(more(object.length - MAX_ITEMS, 'items'));
    return wrap('[', ']', items, false);
  }
  if (object instanceof Map) {
    if (tooDeep) return '[Map]';
    const items: string[] = [];
    for (const [key, entry] of object) {
      if (items.length === MAX_ITEMS) break;
      items.push(`${nested(key)} => ${nested(entry)}`);
    }
    if (object.size > MAX_ITEMS) items.push(more(object.size - MAX_ITEMS, 'items'));
    return `Map(${object.size}) ${wrap('{', '}', items, true)}`;
  }
  if (object instanceof Set) {
    if (tooDeep) return '[Set]';
    const items: string[] = [];
    for (const entry of object) {
      if (items.length === MAX_ITEMS) break;
      items.push(nested(entry));
    }
    if (object.size > MAX_ITEMS) items.push(more(object.size - MAX_ITEMS, 'items'));
    return `Set(${object.size}) ${wrap('{', '}', items, true)}`;
  }
  const name = constructorName(object);
  const prefix = name === 'Object' ? '' : `${name ?? '[Object: null prototype]'} `;
  if (tooDeep) return `[${name ?? 'Object'}]`;
  const keys = safe(() => Object.keys(object), []);
  const items = keys.slice(0, MAX_KEYS).map((key) => {
    const entry = safe<unknown>(() => (object as Record<string, unknown>)[key], '<unreadable>');
    return `${formatKey(key)}: ${nested(entry)}`;
  });
  if (keys.length > MAX_KEYS) items.push(more(keys.length - MAX_KEYS, 'keys'));
  return `${prefix}${wrap('{', '}', items, true)}`;
}
