/**
 * Checks for the shapes of stored JSON records (saved progress and exported progress files).
 *
 * Every lesson page reads saved progress before its cells show the learner's code, so what
 * validates it is in the page's first-load JavaScript. A validation library (zod: ≈ 12 KB gzip)
 * does not fit that budget; these few checks (≈ 1 KB) cover what the progress format uses:
 * strings, integers, booleans, literals, enums, records and strict objects with optional and
 * defaulted fields. Their messages keep the wording saved-data errors have always had.
 *
 * A shape is a function that returns the checked (and defaulted, trimmed) value or throws an
 * {@link InvalidValue} naming the first wrong field; {@link safeParse} turns that into data.
 */

/** Where in a value a check failed: keys and indices from the top. */
export type Path = readonly (string | number)[];

/** The first thing wrong with a value: where, and what (e.g. "Expected string, received number"). */
export interface Issue {
  readonly path: Path;
  readonly message: string;
}

/** Thrown by a shape when the value does not fit; caught by {@link safeParse}. */
export class InvalidValue extends Error {
  constructor(readonly issue: Issue) {
    super(describeIssue(issue));
    this.name = 'InvalidValue';
  }
}

/** Checks a value at a path and returns it as `T`, or throws {@link InvalidValue}. */
export type Shape<T> = (value: unknown, path: Path) => T;

/** The outcome of checking a value: the value as `T`, or the first issue. */
export type Parsed<T> = { success: true; data: T } | { success: false; issue: Issue };

/** "exercises.softmax.status: Invalid enum value. …", or "(top level): …" for the value itself. */
export function describeIssue(issue: Issue): string {
  return `${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`;
}

/** Checks `value` against `shape`, never throwing for a wrong value. */
export function safeParse<T>(shape: Shape<T>, value: unknown): Parsed<T> {
  try {
    return { success: true, data: shape(value, []) };
  } catch (error) {
    if (error instanceof InvalidValue) return { success: false, issue: error.issue };
    throw error;
  }
}

/** Checks `value` against `shape` and throws {@link InvalidValue} (its message names the field) when it does not fit. */
export function parse<T>(shape: Shape<T>, value: unknown): T {
  return shape(value, []);
}

function invalid(path: Path, message: string): never {
  throw new InvalidValue({ path, message });
}

/** What a value is, in the words of the messages: "string", "number", "nan", "array", "null"… */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

function expectKind(value: unknown, kind: string, path: Path): void {
  const actual = kindOf(value);
  if (actual !== kind) invalid(path, actual === 'undefined' ? 'Required' : `Expected ${kind}, received ${actual}`);
}

/** Any string; with `trim`, surrounding white space is removed before the length limits apply. */
export function string(options: { trim?: boolean; min?: number; max?: number } = {}): Shape<string> {
  return (value, path) => {
    expectKind(value, 'string', path);
    const text = options.trim ? (value as string).trim() : (value as string);
    if (options.min !== undefined && text.length < options.min) invalid(path, `String must contain at least ${options.min} character(s)`);
    if (options.max !== undefined && text.length > options.max) invalid(path, `String must contain at most ${options.max} character(s)`);
    return text;
  };
}

/** A whole number that is 0 or more (counts and timestamps). */
export const count: Shape<number> = (value, path) => {
  expectKind(value, 'number', path);
  const n = value as number;
  if (!Number.isInteger(n)) invalid(path, 'Expected integer, received float');
  if (n < 0) invalid(path, 'Number must be greater than or equal to 0');
  return n;
};

/** `true` or `false`. */
export const boolean: Shape<boolean> = (value, path) => {
  expectKind(value, 'boolean', path);
  return value as boolean;
};

/** Exactly `expected` (a format's version number). */
export function literal<const L extends string | number>(expected: L): Shape<L> {
  return (value, path) => {
    if (value !== expected) invalid(path, `Invalid literal value, expected ${JSON.stringify(expected)}`);
    return expected;
  };
}

/** One of the listed strings. */
export function oneOf<const V extends readonly [string, ...string[]]>(values: V): Shape<V[number]> {
  return (value, path) => {
    if (typeof value !== 'string') invalid(path, `Expected ${values.map((v) => `'${v}'`).join(' | ')}, received ${kindOf(value)}`);
    if (!values.includes(value))
      invalid(path, `Invalid enum value. Expected ${values.map((v) => `'${v}'`).join(' | ')}, received '${value}'`);
    return value;
  };
}

/** A plain object (not null, not an array). */
function expectObject(value: unknown, path: Path): Record<string, unknown> {
  expectKind(value, 'object', path);
  return value as Record<string, unknown>;
}

/** A list, every item of `of`'s shape. */
export function arrayOf<T>(of: Shape<T>): Shape<T[]> {
  return (value, path) => {
    expectKind(value, 'array', path);
    return (value as unknown[]).map((item, i) => of(item, [...path, i]));
  };
}

/** An object used as a map: any string keys, every value of `of`'s shape. */
export function record<T>(of: Shape<T>): Shape<Record<string, T>> {
  return (value, path) => {
    const input = expectObject(value, path);
    const out: Record<string, T> = {};
    for (const [key, item] of Object.entries(input)) out[key] = of(item, [...path, key]);
    return out;
  };
}

/** A field that may be absent (or `undefined`); absent fields stay absent. */
export interface OptionalField<T> {
  readonly optional: Shape<T>;
}

/** A field that takes `fallback` when absent. */
export interface DefaultedField<T> {
  readonly shape: Shape<T>;
  readonly fallback: T;
}

/** Marks a field as optional. */
export const optional = <T>(shape: Shape<T>): OptionalField<T> => ({ optional: shape });

/** Gives a field a value to take when it is absent: a primitive, so no two records share it. */
export const withDefault = <T extends string | number | boolean>(shape: Shape<T>, fallback: T): DefaultedField<T> => ({ shape, fallback });

type Field = Shape<unknown> | OptionalField<unknown> | DefaultedField<unknown>;

type Required<F> = {
  [K in keyof F as F[K] extends OptionalField<unknown> ? never : K]: F[K] extends Shape<infer T>
    ? T
    : F[K] extends DefaultedField<infer T>
      ? T
      : never;
};
type Optional<F> = { [K in keyof F as F[K] extends OptionalField<unknown> ? K : never]?: F[K] extends OptionalField<infer T> ? T : never };
type Flatten<T> = { [K in keyof T]: T[K] };

/** The checked value of an object with these fields. */
export type ObjectOf<F> = Flatten<Required<F> & Optional<F>>;

/**
 * An object with exactly these fields: each is checked in the order given, then any other key is
 * an issue ("Unrecognized key(s) in object: 'x'"), so a typo in a saved file is reported, not lost.
 */
export function strictObject<const F extends Record<string, Field>>(fields: F): Shape<ObjectOf<F>> {
  return (value, path) => {
    const input = expectObject(value, path);
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(fields)) {
      const item = input[key];
      if (typeof field === 'function') out[key] = field(item, [...path, key]);
      else if ('optional' in field) {
        if (item !== undefined) out[key] = field.optional(item, [...path, key]);
      } else out[key] = item === undefined ? field.fallback : field.shape(item, [...path, key]);
    }
    const unknown = Object.keys(input).filter((key) => !Object.hasOwn(fields, key));
    if (unknown.length > 0) invalid(path, `Unrecognized key(s) in object: ${unknown.map((key) => `'${key}'`).join(', ')}`);
    return out as ObjectOf<F>;
  };
}
