/**
 * The results file of one benchmark run (BENCHMARKS.json, committed): every figure with its
 * measurements, each judged against its target, plus what the run was made on — the build's
 * commit, whether its tree was clean, the machine, the browser and the load before and after.
 * BENCHMARKS.md's results section is generated from it (markdown-report.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { BuildStamp } from './build-stamp.ts';
import { meets, type Figure, type FigureResult, type Measurement } from './figure.ts';
import type { Checkout, Machine } from './machine.ts';

/** Bumped when the file's shape changes incompatibly. */
export const RESULTS_SCHEMA = 1;

/** One measurement as recorded: the target (if any) and whether it was met. */
export interface RecordedMeasurement extends Measurement {
  readonly met?: boolean;
}

/** The run a figure kept by `--merge` was measured in (the file's header describes the latest run). */
export interface EarlierRun {
  readonly date: string;
  readonly build: BuildStamp | null;
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
}

/** One figure as recorded. */
export interface RecordedFigure {
  readonly number: number;
  readonly title: string;
  readonly how: string;
  readonly kind: FigureResult['kind'];
  /** Why it was not measured, or how it failed. */
  readonly reason?: string;
  readonly measurements: readonly RecordedMeasurement[];
  readonly notes: readonly string[];
  /** Set when the figure comes from an earlier run than the file's (kept by `--merge`). */
  readonly earlierRun?: EarlierRun;
}

/** The whole file. */
export interface BenchResults {
  readonly schema: number;
  /** When the run started (ISO 8601). */
  readonly date: string;
  /** The build measured: from the bench's build stamp, or null when built some other way. */
  readonly build: BuildStamp | null;
  /** The checkout the bench ran from (its scripts), at the start of the run. */
  readonly checkout: Checkout;
  readonly machine: Machine & { readonly chromium: string; readonly loadBefore: readonly number[]; readonly loadAfter: readonly number[] };
  readonly options: {
    readonly lesson: string;
    readonly exercise: string | null;
    readonly only: readonly number[];
    readonly neighbour: boolean;
  };
  readonly figures: readonly RecordedFigure[];
}

/** A figure's result in the file's shape. */
export function recordFigure(figure: Figure, result: FigureResult): RecordedFigure {
  const base = { number: figure.number, title: figure.title, how: figure.how, kind: result.kind };
  if (result.kind !== 'measured') return { ...base, reason: result.reason, measurements: [], notes: [] };
  return {
    ...base,
    measurements: result.measurements.map((measurement) =>
      measurement.target ? { ...measurement, met: meets(measurement.value, measurement.target) } : { ...measurement },
    ),
    notes: result.notes,
  };
}

/**
 * `current` (a run of some figures) with the figures of `previous` it did not measure, each marked
 * with the run it was measured in (a figure already marked keeps its mark).
 */
export function mergeResults(previous: BenchResults, current: BenchResults): BenchResults {
  const measured = new Set(current.figures.map((figure) => figure.number));
  const run: EarlierRun = {
    date: previous.date,
    build: previous.build,
    loadBefore: previous.machine.loadBefore,
    loadAfter: previous.machine.loadAfter,
  };
  const kept = previous.figures
    .filter((figure) => !measured.has(figure.number))
    .map((figure) => ({ ...figure, earlierRun: figure.earlierRun ?? run }));
  return { ...current, figures: [...kept, ...current.figures].sort((a, b) => a.number - b.number) };
}

/** JSON has no NaN: a value that could not be computed is written as null and read back as NaN. */
function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

/** Writes the file (2-space JSON, newline at the end). */
export function writeResults(path: string, results: BenchResults): void {
  writeFileSync(path, `${JSON.stringify(results, replacer, 2)}\n`);
}

/** Reads and checks the file; the error says how to make one. */
export function readResults(path: string): BenchResults {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`no results file at ${path}: run \`npm run bench\` (all figures) to measure and write one`);
  }
  const parsed = JSON.parse(text) as BenchResults;
  if (parsed.schema !== RESULTS_SCHEMA)
    throw new Error(`${path} has results schema ${String(parsed.schema)}, this bench reads ${RESULTS_SCHEMA}: run \`npm run bench\` again`);
  return {
    ...parsed,
    figures: parsed.figures.map((figure) => ({
      ...figure,
      measurements: figure.measurements.map((m) => ({ ...m, value: m.value === null ? Number.NaN : m.value })),
    })),
  };
}
