/**
 * The experiment log's format and its checks: what one logged run holds, what a stored (or
 * exported) log holds, and the limits both keep. Shared by the kernel (`log.record`) and the page
 * (the Experiment log panel's import), so a run is checked the same way wherever it comes from.
 *
 * Like src/progress/shape.ts, the checks are written by hand (a validation library would not pay
 * for itself here) and stop at the first wrong field, naming it, what was received, and how to
 * fix it: "runs.3.figures.accuracy: expected a number, received text. Record at most 50 figures, …".
 * Every check returns a fresh copy, so a learner's later change to their object changes nothing saved.
 */
import { logMessages, type LogLimits } from './log-messages';

/** The `format` field of every stored and exported log. */
export const LOG_FORMAT = 'runfirst-experiment-log';
/** The format version this site writes and reads. */
export const LOG_VERSION = 1;

/** The most the log keeps: beyond these a call or an import is refused with a message, never slowed down. */
export const LOG_LIMITS: LogLimits = {
  /** Runs per lesson. */
  runs: 500,
  /** Characters of a run's name, a setting's name or a text setting. */
  nameLength: 80,
  /** Settings, figures or curves per run. */
  entries: 50,
  /** Points per curve. */
  curvePoints: 10_000,
  /** Curve points in the whole log (each record and import rewrites it whole: this keeps that quick). */
  totalPoints: 1_000_000,
  /** Bytes of an imported file. */
  fileBytes: 20 * 1024 * 1024,
};

/** A setting of a run: flat, so it fits one CSV cell. */
export type ConfigValue = string | number | boolean | null;

/** What the learner passes to `log.record`. */
export interface RunInput {
  name: string;
  seed: number | null;
  config: Record<string, ConfigValue>;
  figures: Record<string, number>;
  curves: Record<string, number[]>;
}

/** One run as the log keeps it. */
export interface LoggedRun extends RunInput {
  /** Unique within the log: the recording time and a random suffix. */
  id: string;
  /** When it was recorded, ISO 8601. */
  recordedAt: string;
}

/** A lesson's whole log, as stored in IndexedDB and exported as JSON. */
export interface ExperimentLog {
  format: typeof LOG_FORMAT;
  version: typeof LOG_VERSION;
  /** The lesson it belongs to. */
  lesson: string;
  /** In the order they were recorded. */
  runs: LoggedRun[];
}

/** How many curve points `runs` hold together. */
export function curvePointsOf(runs: readonly RunInput[]): number {
  let points = 0;
  for (const run of runs) for (const curve of Object.values(run.curves)) points += curve.length;
  return points;
}

/** An empty log of `lesson`. */
export function emptyLog(lesson: string): ExperimentLog {
  return { format: LOG_FORMAT, version: LOG_VERSION, lesson, runs: [] };
}

/** The first thing wrong with a value: where, what, and how to fix it. */
export interface LogIssue {
  path: readonly (string | number)[];
  problem: string;
  fix: string;
}

/** Thrown by the `log` global for a call it cannot take; its message says how to fix the call. */
export class LogError extends Error {
  override readonly name = 'LogError';
}

/** Thrown by the checks below; turned into a {@link LogError} or an import message by their callers. */
export class InvalidLogValue extends Error {
  constructor(readonly issue: LogIssue) {
    super(describeLogIssue(issue));
    this.name = 'InvalidLogValue';
  }
}

/** "runs.3.figures.accuracy: expected a number, received text. Record …" */
export function describeLogIssue(issue: LogIssue): string {
  const path = issue.path.length > 0 ? issue.path.join('.') : logMessages.topLevel();
  return logMessages.issueAt(path, issue.problem, issue.fix);
}

type Path = readonly (string | number)[];

function invalid(path: Path, problem: string, fix: string): never {
  throw new InvalidLogValue({ path, problem, fix });
}

/** What a value is, in the learner's words. */
function kindOf(value: unknown): string {
  if (value === undefined) return logMessages.kindMissing();
  if (value === null) return logMessages.kindNull();
  if (Array.isArray(value)) return logMessages.kindArray();
  if (typeof value === 'string') return logMessages.kindString();
  if (typeof value === 'number') return Number.isFinite(value) ? logMessages.kindNumber() : logMessages.kindNonFinite(String(value));
  if (typeof value === 'boolean') return logMessages.kindBoolean();
  if (typeof value === 'object') return logMessages.kindObject();
  return logMessages.kindOther(typeof value);
}

const expected = (what: string, value: unknown) => logMessages.expected(what, kindOf(value));

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function object(value: unknown, path: Path, fix: string): Record<string, unknown> {
  if (!isPlainObject(value)) invalid(path, expected(logMessages.kindObject(), value), fix);
  return value;
}

function onlyKeys(value: Record<string, unknown>, keys: readonly string[], path: Path, fix: string): void {
  const unknown = Object.keys(value).filter((key) => !keys.includes(key));
  if (unknown.length > 0) invalid(path, logMessages.unknownKeys(unknown.map((key) => `'${key}'`).join(', ')), fix);
}

function text(value: unknown, path: Path, fix: string): string {
  if (typeof value !== 'string') invalid(path, expected(logMessages.kindString(), value), fix);
  const trimmed = value.trim();
  if (trimmed === '') invalid(path, logMessages.blank(), fix);
  if (trimmed.length > LOG_LIMITS.nameLength) invalid(path, logMessages.tooLong(LOG_LIMITS.nameLength), fix);
  return trimmed;
}

function finite(value: unknown, path: Path, fix: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) invalid(path, expected(logMessages.kindNumber(), value), fix);
  return value;
}

/** A map of at most `LOG_LIMITS.entries` named entries, each checked by `entry`. */
function entries<T>(value: unknown, path: Path, fix: string, entry: (item: unknown, at: Path) => T): Record<string, T> {
  if (value === undefined) return {};
  const input = object(value, path, fix);
  const keys = Object.keys(input);
  if (keys.length > LOG_LIMITS.entries) invalid(path, logMessages.tooMany(LOG_LIMITS.entries), fix);
  const out: Record<string, T> = {};
  for (const key of keys) {
    if (key.trim() === '' || key.length > LOG_LIMITS.nameLength) invalid([...path, key], logMessages.tooLong(LOG_LIMITS.nameLength), fix);
    out[key] = entry(input[key], [...path, key]);
  }
  return out;
}

function seed(value: unknown, path: Path, fix: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    const received = typeof value === 'number' ? String(value) : kindOf(value);
    invalid(path, logMessages.expected(logMessages.kindWholeNumber(), received), fix);
  }
  return value;
}

function config(value: unknown, path: Path, fix: string): Record<string, ConfigValue> {
  return entries(value, path, fix, (item, at) => {
    if (item === null || typeof item === 'boolean') return item;
    if (typeof item === 'number') return finite(item, at, fix);
    if (typeof item === 'string') {
      if (item.length > LOG_LIMITS.nameLength) invalid(at, logMessages.tooLong(LOG_LIMITS.nameLength), fix);
      return item;
    }
    return invalid(at, expected(`${logMessages.kindString()} / ${logMessages.kindNumber()}`, item), fix);
  });
}

function figures(value: unknown, path: Path, fix: string): Record<string, number> {
  return entries(value, path, fix, (item, at) => finite(item, at, fix));
}

function curves(value: unknown, path: Path, fix: string): Record<string, number[]> {
  return entries(value, path, fix, (item, at) => {
    const list = ArrayBuffer.isView(item) && !(item instanceof DataView) ? Array.from(item as unknown as ArrayLike<number>) : item;
    if (!Array.isArray(list)) return invalid(at, expected(logMessages.kindArray(), item), fix);
    if (list.length > LOG_LIMITS.curvePoints) invalid(at, logMessages.tooMany(LOG_LIMITS.curvePoints), fix);
    return list.map((point: unknown, i) => finite(point, [...at, i], fix));
  });
}

const RUN_INPUT_KEYS = ['name', 'seed', 'config', 'figures', 'curves'] as const;

/** The fields of a run; `fix` (a stored or imported run) replaces the advice meant for a learner's call. */
function runFields(input: Record<string, unknown>, path: Path, fix?: string): RunInput {
  return {
    name: text(input['name'], [...path, 'name'], fix ?? logMessages.fixName(LOG_LIMITS.nameLength)),
    seed: seed(input['seed'], [...path, 'seed'], fix ?? logMessages.fixSeed()),
    config: config(input['config'], [...path, 'config'], fix ?? logMessages.fixConfig(LOG_LIMITS.entries)),
    figures: figures(input['figures'], [...path, 'figures'], fix ?? logMessages.fixFigures(LOG_LIMITS.entries)),
    curves: curves(input['curves'], [...path, 'curves'], fix ?? logMessages.fixCurves(LOG_LIMITS.entries, LOG_LIMITS.curvePoints)),
  };
}

/** Checks what a learner passed to `log.record`; throws {@link InvalidLogValue}. */
export function readRunInput(value: unknown): RunInput {
  const fix = logMessages.fixRun();
  const input = object(value, [], fix);
  onlyKeys(input, RUN_INPUT_KEYS, [], fix);
  return runFields(input, []);
}

/** Checks one stored or imported run. */
function readLoggedRun(value: unknown, path: Path, fix: string): LoggedRun {
  const input = object(value, path, fix);
  onlyKeys(input, [...RUN_INPUT_KEYS, 'id', 'recordedAt'], path, fix);
  return {
    id: text(input['id'], [...path, 'id'], fix),
    recordedAt: text(input['recordedAt'], [...path, 'recordedAt'], fix),
    ...runFields(input, path, fix),
  };
}

/**
 * Checks a whole log (a stored record or an imported file; `fix` says what to do about a wrong
 * one). Throws {@link InvalidLogValue} for the first wrong field.
 */
export function readLog(value: unknown, fix: string): ExperimentLog {
  const input = object(value, [], fix);
  if (input['format'] !== LOG_FORMAT) invalid(['format'], logMessages.notALogFile(), fix);
  if (input['version'] !== LOG_VERSION) invalid(['version'], logMessages.badVersion(String(input['version']), LOG_VERSION), fix);
  onlyKeys(input, ['format', 'version', 'lesson', 'runs'], [], fix);
  const lesson = text(input['lesson'], ['lesson'], fix);
  const runs = input['runs'];
  if (!Array.isArray(runs)) invalid(['runs'], expected(logMessages.kindArray(), runs), fix);
  if (runs.length > LOG_LIMITS.runs) invalid(['runs'], logMessages.tooMany(LOG_LIMITS.runs), fix);
  return { format: LOG_FORMAT, version: LOG_VERSION, lesson, runs: runs.map((run, i) => readLoggedRun(run, ['runs', i], fix)) };
}
