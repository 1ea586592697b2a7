/**
 * The `log` global of a code cell: the lesson's experiment log. Each run the learner records (its
 * name, seed, settings, figures and curves) is kept in this browser's IndexedDB for the lesson
 * (src/runtime/log/log-store.ts), so it is still there after Restart and a reload;
 * `log.compare()` puts the runs side by side in the cell's Output: a table with one row per name
 * (its seeds pooled: each figure's mean and 95 % interval, run-summary.ts) and one chart of a
 * named curve, and under them the Experiment log panel to export and import the log.
 *
 * ```js
 * await log.record({ name: 'baseline', seed: 1, config: { lr: 0.01 }, figures: { accuracy: 0.91 }, curves: { loss } });
 * await log.compare({ curve: 'loss' });
 * ```
 */
import { curvePointsOf, InvalidLogValue, LOG_LIMITS, LogError, readRunInput, type LoggedRun } from '../../log/log-format';
import { logMessages } from '../../log/log-messages';
import { createLogStore, defaultLogBackend, type LogBackend } from '../../log/log-store';
import { figureNames, groupByName, meanCurve, summarize, type FigureSummary } from './run-summary';

/** What `log.compare` draws with: the cell's `show.table` and `show.line`. */
export interface LogShow {
  table(rows: unknown, options?: { title?: string; columns?: string[] }): void;
  line(options?: { title?: string; series?: string[]; xLabel?: string; yLabel?: string }): {
    push(values: Record<string, unknown>, x?: number): void;
  };
}

/** What the thread gives the log beyond storage. */
export interface LogHost {
  /** The lesson whose log this is (the page's `data-lesson-id`); `page` when there is none. */
  lesson?: string | undefined;
  /** Where `log.compare` draws; without it (grading) it only returns its figures. */
  show?: LogShow | undefined;
  /** Tells the learner something about their stored log (it was kept aside), in the running cell's Output. */
  warn?: ((text: string) => void) | undefined;
  /** Puts the Experiment log panel (export, import) into the running cell's Output. */
  offerLogPanel?: ((lesson: string) => void) | undefined;
  /** Where the log is kept: IndexedDB in a browser, the process's memory in node. */
  logBackend?: LogBackend | undefined;
}

/** Options of `log.compare`. */
export interface CompareOptions {
  /** The runs to compare, by name, in this order (default: every name, in the order first recorded). */
  names?: string[];
  /** The figures to show (default: every figure a compared run records). */
  figures?: string[];
  /** A curve to chart, one line per name, the mean over its seeds. */
  curve?: string;
  /** The table's title. */
  title?: string;
}

/** One row of a comparison: the runs of one name. */
export interface ComparedRuns {
  name: string;
  /** The seeds of its runs (null for a run recorded without one). */
  seeds: (number | null)[];
  /** Each figure over the runs that recorded it. */
  figures: Record<string, FigureSummary>;
}

/** What `log.compare` returns. */
export interface Comparison {
  rows: ComparedRuns[];
}

/** The `log` global. */
export interface LogApi {
  /** Records one run and returns it as kept (with its id and time). */
  record(run: unknown): Promise<LoggedRun>;
  /** Every run, in the order recorded (copies: changing them changes nothing kept). */
  runs(): Promise<LoggedRun[]>;
  /** Removes every run called `name`; returns how many were removed. */
  remove(name: string): Promise<number>;
  /** Removes every run; returns how many were removed. */
  clear(): Promise<number>;
  /** Shows the runs side by side (table, one chart, the export/import panel) and returns the table's figures. */
  compare(options?: CompareOptions): Promise<Comparison>;
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function readCompareOptions(value: unknown): CompareOptions {
  if (value === undefined) return {};
  const fail = () => {
    throw new LogError(logMessages.compareOptions());
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail();
  const options = value as Record<string, unknown>;
  if (Object.keys(options).some((key) => !['names', 'figures', 'curve', 'title'].includes(key))) fail();
  if (options['names'] !== undefined && !isStringList(options['names'])) fail();
  if (options['figures'] !== undefined && !isStringList(options['figures'])) fail();
  if (options['curve'] !== undefined && typeof options['curve'] !== 'string') fail();
  if (options['title'] !== undefined && typeof options['title'] !== 'string') fail();
  return options;
}

/** "0.9012 … 0.9188", or "—" for a single run. */
const interval = (summary: FigureSummary | undefined) =>
  summary && Number.isFinite(summary.low) ? `${formatFigure(summary.low)} … ${formatFigure(summary.high)}` : logMessages.noInterval();

/** Four significant digits, as the Output's tables show numbers. */
const formatFigure = (value: number) => String(Number(value.toPrecision(4)));

/** A fresh id: unique across reloads and imports, and not drawn from the seeded Math.random. */
function newRunId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${performance.now()}-${Date.now()}`;
  return `${Date.now().toString(36)}-${random.slice(0, 8)}`;
}

/** Creates the `log` global of one thread (a kernel, the grader, a node test). */
export function createLogApi(host: LogHost = {}): LogApi {
  const lesson = host.lesson ?? 'page';
  const store = createLogStore(lesson, host.logBackend ?? defaultLogBackend(), { onProblem: (problem) => host.warn?.(problem.message) });

  const compare = async (raw?: unknown): Promise<Comparison> => {
    const options = readCompareOptions(raw);
    const { runs } = await store.read();
    const known = new Set(runs.map((run) => run.name));
    const missing = (options.names ?? []).filter((name) => !known.has(name));
    if (missing.length > 0) throw new LogError(logMessages.compareUnknownNames(missing.map((name) => `'${name}'`).join(', ')));
    const groups = groupByName(runs, options.names);
    const compared = groups.flatMap((group) => group.runs);
    const figures = options.figures ?? figureNames(compared);
    const rows = groups.map((group) => ({
      name: group.name,
      seeds: group.runs.map((run) => run.seed),
      figures: Object.fromEntries(
        figures.flatMap((figure) => {
          const values = group.runs.flatMap((run) => (figure in run.figures ? [run.figures[figure] as number] : []));
          return values.length > 0 ? [[figure, summarize(values)]] : [];
        }),
      ),
    }));
    const show = host.show;
    if (show) {
      if (runs.length === 0) host.warn?.(logMessages.emptyLog());
      else draw(show, rows, figures, options, groups);
      host.offerLogPanel?.(lesson);
    }
    return { rows };
  };

  const draw = (
    show: LogShow,
    rows: ComparedRuns[],
    figures: string[],
    options: CompareOptions,
    groups: ReturnType<typeof groupByName>,
  ) => {
    const columns = [
      logMessages.columnRun(),
      logMessages.columnSeeds(),
      ...figures.flatMap((figure) => [figure, logMessages.columnInterval(figure)]),
    ];
    show.table(
      rows.map((row) => [
        row.name,
        row.seeds.length,
        ...figures.flatMap((figure) => {
          const summary = row.figures[figure];
          return [summary ? formatFigure(summary.mean) : '', interval(summary)];
        }),
      ]),
      { title: options.title ?? logMessages.tableTitle(), columns },
    );
    const curve = options.curve;
    if (curve === undefined) return;
    const means = groups.map((group) => meanCurve(group.runs, curve));
    if (means.every((mean) => mean.length === 0)) {
      host.warn?.(logMessages.noCurve(curve));
      return;
    }
    const series = groups.map((group) => group.name);
    const chart = show.line({ title: logMessages.chartTitle(curve), series, xLabel: logMessages.chartX(), yLabel: curve });
    const steps = Math.max(...means.map((mean) => mean.length));
    for (let step = 0; step < steps; step++) {
      chart.push(Object.fromEntries(series.map((name, i) => [name, means[i]?.[step] ?? undefined])), step + 1);
    }
  };

  return {
    async record(raw) {
      let input;
      try {
        input = readRunInput(raw);
      } catch (error) {
        if (error instanceof InvalidLogValue) throw new LogError(`log.record: ${error.message}`);
        throw error;
      }
      const run: LoggedRun = { id: newRunId(), recordedAt: new Date().toISOString(), ...input };
      await store.update((log) => {
        if (log.runs.length >= LOG_LIMITS.runs) throw new LogError(logMessages.logFull(LOG_LIMITS));
        if (curvePointsOf(log.runs) + curvePointsOf([run]) > LOG_LIMITS.totalPoints)
          throw new LogError(logMessages.logTooLarge(LOG_LIMITS));
        return { ...log, runs: [...log.runs, run] };
      });
      return structuredClone(run);
    },
    async runs() {
      return (await store.read()).runs;
    },
    async remove(name) {
      if (typeof name !== 'string') throw new LogError(logMessages.removeName());
      let removed = 0;
      await store.update((log) => {
        const kept = log.runs.filter((run) => run.name !== name);
        removed = log.runs.length - kept.length;
        return { ...log, runs: kept };
      });
      return removed;
    },
    async clear() {
      let removed = 0;
      await store.update((log) => {
        removed = log.runs.length;
        return { ...log, runs: [] };
      });
      return removed;
    },
    compare,
  };
}
