/**
 * What `log.compare` computes from the runs: runs grouped by name (one group per recipe, one run
 * per seed), each figure's mean with the 95 % confidence interval for the mean that lesson 7
 * ("Trust, but rerun", lessons/rerun.md) derives and checks, and a curve's mean over seeds, step
 * by step.
 *
 * The interval is lesson 7's: mean ± t(0.975, n − 1) · s / √n, with s the sample standard
 * deviation (divided by n − 1) and t from the same table of t-quantiles for 1 to 30 degrees of
 * freedom. Beyond 30 (not in the lesson's table) t comes from the Cornish–Fisher expansion of the
 * t-quantile around the normal one, within 0.0005 of the exact value there.
 */
import type { LoggedRun } from '../../log/log-format';

/**
 * t(0.975, df) for df = 1 … 30, lesson 7's table (T975[df]). Lessons and exercises copy it into
 * learner code; test/runtime/log/t975-sources.test.ts holds every copy equal to this one.
 */
const T975 = [
  NaN,
  12.706,
  4.303,
  3.182,
  2.776,
  2.571,
  2.447,
  2.365,
  2.306,
  2.262,
  2.228,
  2.201,
  2.179,
  2.16,
  2.145,
  2.131,
  2.12,
  2.11,
  2.101,
  2.093,
  2.086,
  2.08,
  2.074,
  2.069,
  2.064,
  2.06,
  2.056,
  2.052,
  2.048,
  2.045,
  2.042,
];

/** The 97.5 % quantile of the standard normal distribution. */
const Z975 = 1.959964;

/** t(0.975, df): the multiplier of the standard error in a 95 % interval from df + 1 runs. */
export function t975(df: number): number {
  if (!Number.isInteger(df) || df < 1) return NaN;
  const tabled = T975[df];
  if (tabled !== undefined) return tabled;
  const z = Z975;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2);
}

/** A figure over the runs of one group. */
export interface FigureSummary {
  /** Runs that recorded the figure. */
  n: number;
  mean: number;
  /** Sample standard deviation (NaN for one run). */
  sd: number;
  /** The 95 % confidence interval for the mean (NaN for one run: one run has no interval). */
  low: number;
  high: number;
}

/** Mean, spread and 95 % interval of `values` (at least one). */
export function summarize(values: readonly number[]): FigureSummary {
  const n = values.length;
  const mean = values.reduce((sum, x) => sum + x, 0) / n;
  if (n < 2) return { n, mean, sd: NaN, low: NaN, high: NaN };
  const sd = Math.sqrt(values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1));
  const half = (t975(n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, low: mean - half, high: mean + half };
}

/** The runs of one name. */
export interface RunGroup {
  name: string;
  runs: LoggedRun[];
}

/** Runs grouped by name, in the order each name was first recorded (or the order of `names`). */
export function groupByName(runs: readonly LoggedRun[], names?: readonly string[]): RunGroup[] {
  const groups = new Map<string, LoggedRun[]>();
  for (const name of names ?? []) groups.set(name, []);
  for (const run of runs) {
    if (names && !groups.has(run.name)) continue;
    const group = groups.get(run.name) ?? [];
    group.push(run);
    groups.set(run.name, group);
  }
  return [...groups].map(([name, grouped]) => ({ name, runs: grouped }));
}

/** The figure names the runs record, in the order first seen. */
export function figureNames(runs: readonly LoggedRun[]): string[] {
  return [...new Set(runs.flatMap((run) => Object.keys(run.figures)))];
}

/** Each step's mean of the curve `name` over the runs that reached that step (null where none did). */
export function meanCurve(runs: readonly LoggedRun[], name: string): (number | null)[] {
  const curves = runs.map((run) => run.curves[name]).filter((curve) => curve !== undefined);
  const steps = Math.max(0, ...curves.map((curve) => curve.length));
  return Array.from({ length: steps }, (_, step) => {
    const values = curves.flatMap((curve) => (step < curve.length ? [curve[step] as number] : []));
    return values.length > 0 ? values.reduce((sum, x) => sum + x, 0) / values.length : null;
  });
}
