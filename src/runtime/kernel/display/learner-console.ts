/**
 * The `console` learner code sees in the kernel. log/info/warn/error/debug go to the cell's
 * Output; the other methods a browser console has (table, group, time, count, assert, trace, dir)
 * are there too, so code copied from elsewhere does not fail on a missing method.
 */
import { formatConsoleArgs } from './format-value';
import type { OutputQueue } from './output-queue';
import type { ConsoleLevel } from '../../display/protocol';

/** The console methods the kernel installs as the worker's global console. */
export interface LearnerConsole {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  debug(...args: unknown[]): void;
  trace(...args: unknown[]): void;
  dir(value: unknown): void;
  table(rows: unknown, columns?: string[]): void;
  assert(condition: unknown, ...args: unknown[]): void;
  group(...args: unknown[]): void;
  groupCollapsed(...args: unknown[]): void;
  groupEnd(): void;
  time(label?: string): void;
  timeLog(label?: string, ...args: unknown[]): void;
  timeEnd(label?: string): void;
  count(label?: string): void;
  countReset(label?: string): void;
  clear(): void;
}

/**
 * Creates the console. `showTable` draws console.table as a real table (show.table), `now`
 * is the clock for console.time.
 */
export function createLearnerConsole(
  queue: OutputQueue,
  showTable: (rows: unknown, columns: string[] | undefined) => void,
  now: () => number,
): LearnerConsole {
  let indent = '';
  const timers = new Map<string, number>();
  const counts = new Map<string, number>();

  const print = (level: ConsoleLevel, args: readonly unknown[]) =>
    queue.line(level, () => {
      const parts = formatConsoleArgs(args);
      if (!indent) return parts;
      return parts.map((part, i) => (i === 0 ? indent : '') + part.replace(/\n/g, `\n${indent}`));
    });
  const elapsed = (label: string) => {
    const start = timers.get(label);
    return start === undefined ? null : `${label}: ${(now() - start).toFixed(1)} ms`;
  };

  return {
    log: (...args) => print('log', args),
    info: (...args) => print('info', args),
    warn: (...args) => print('warn', args),
    error: (...args) => print('error', args),
    debug: (...args) => print('debug', args),
    trace: (...args) => print('log', ['Trace:', ...args]),
    dir: (value) => print('log', [value]),
    table: (rows, columns) => showTable(rows, columns),
    assert: (condition, ...args) => {
      if (!condition) print('error', ['Assertion failed:', ...(args.length ? args : ['console.assert'])]);
    },
    group: (...args) => {
      if (args.length) print('log', args);
      indent += '  ';
    },
    groupCollapsed: (...args) => {
      if (args.length) print('log', args);
      indent += '  ';
    },
    groupEnd: () => {
      indent = indent.slice(2);
    },
    time: (label = 'default') => {
      timers.set(label, now());
    },
    timeLog: (label = 'default', ...args) => {
      const text = elapsed(label);
      if (text) print('log', [text, ...args]);
    },
    timeEnd: (label = 'default') => {
      const text = elapsed(label);
      timers.delete(label);
      if (text) print('log', [text]);
    },
    count: (label = 'default') => {
      const next = (counts.get(label) ?? 0) + 1;
      counts.set(label, next);
      print('log', [`${label}: ${next}`]);
    },
    countReset: (label = 'default') => {
      counts.delete(label);
    },
    clear: () => {},
  };
}
