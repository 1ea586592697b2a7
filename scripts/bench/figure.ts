/**
 * The shape of one benchmark figure and how it is judged against its target. A missed target is
 * a result, not a failure: only a figure that could not be measured because something broke
 * makes the benchmark exit non-zero.
 */

/** A speed target: the value must be at most (`<=`) or at least (`>=`) `limit`; `id` names it in targets.ts. */
export interface Target {
  readonly op: '<=' | '>=';
  readonly limit: number;
  readonly id?: string;
}

/** One measured number with its unit, and the target it is checked against (if any). */
export interface Measurement {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /** Digits after the decimal point when printed (default 1). */
  readonly digits?: number;
  readonly target?: Target;
  /** Extra text printed after the value, e.g. "(3 files)". */
  readonly detail?: string;
}

/** The result of one figure: measured, not measurable here (with why), or failed (with why). */
export type FigureResult =
  | { readonly kind: 'measured'; readonly measurements: readonly Measurement[]; readonly notes: readonly string[] }
  | { readonly kind: 'not-measured'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string };

/** A figure of issue 3/4: its number, title, how it is measured, and the code that measures it. */
export interface Figure {
  readonly number: number;
  readonly title: string;
  readonly how: string;
}

/**
 * Thrown by a figure when a part it needs is not in the build (e.g. the runtime is not wired into
 * lesson pages yet). Reported as "not measured: <reason>", not as a failure.
 */
export class NotMeasuredError extends Error {
  override readonly name = 'NotMeasuredError';
}

/** Whether `value` meets `target`. */
export function meets(value: number, target: Target): boolean {
  return target.op === '<=' ? value <= target.limit : value >= target.limit;
}

/** "target ≤ 30 KB: target met" for a measurement with a target, else "". */
export function verdict(measurement: Measurement): string {
  const { target } = measurement;
  if (!target) return '';
  const sign = target.op === '<=' ? '≤' : '≥';
  return `target ${sign} ${target.limit} ${measurement.unit}: ${meets(measurement.value, target) ? 'target met' : 'target missed'}`;
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
