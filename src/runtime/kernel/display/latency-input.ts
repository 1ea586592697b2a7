/**
 * Reads what a cell passes to `show.latency` — a load test result, its histogram, or an array of
 * them — into the chart's data: every run's share of requests on one log-spaced latency grid,
 * either cumulative (the CDF: answered within x ms) or per bin (the histogram).
 */
import { displayMessages } from '../../display/messages';
import type { LatencyMessage } from '../../display/protocol';
import { describeInput } from './tensor-input';

/** Points of the CDF grid; bins of the histogram view. */
export const CDF_POINTS = 120;
export const HISTOGRAM_BINS = 30;

/** Options of show.latency. */
export interface LatencyOptions {
  title?: string | undefined;
  /** One name per run; defaults to "200/s" (open loop), "8 clients" (closed loop) or "run 1". */
  labels?: string[] | undefined;
  /** 'cdf' (default) or 'histogram'. */
  view?: 'cdf' | 'histogram' | undefined;
}

interface Recorded {
  ms: number;
  count: number;
}
interface HistogramLike {
  recorded(): Recorded[];
  valueAt(percentile: number): number;
}
interface Run {
  name: string;
  recorded: Recorded[];
  total: number;
  percentiles: { p50: number; p99: number; max: number };
}

const isHistogram = (v: unknown): v is HistogramLike =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as HistogramLike).recorded === 'function' &&
  typeof (v as HistogramLike).valueAt === 'function';

function defaultName(result: Record<string, unknown>, index: number): string {
  if (typeof result['offeredRate'] === 'number') return `${String(result['offeredRate'])}/s`;
  if (typeof result['clients'] === 'number') return `${String(result['clients'])} ${result['clients'] === 1 ? 'client' : 'clients'}`;
  return `run ${index + 1}`;
}

function readRun(item: unknown, index: number, labels: readonly string[] | undefined): Run {
  const histogram = isHistogram(item) ? item : (item as { histogram?: unknown } | null)?.histogram;
  if (!isHistogram(histogram)) throw new TypeError(displayMessages.latencyInput(describeInput(item)));
  const name = labels?.[index] ?? (isHistogram(item) ? `run ${index + 1}` : defaultName(item as Record<string, unknown>, index));
  const recorded = histogram.recorded().filter((r) => r.count > 0 && r.ms > 0);
  const total = recorded.reduce((sum, r) => sum + r.count, 0);
  if (total === 0) throw new TypeError(displayMessages.latencyEmpty(name));
  return {
    name,
    recorded,
    total,
    percentiles: { p50: histogram.valueAt(50), p99: histogram.valueAt(99), max: recorded.at(-1)?.ms ?? NaN },
  };
}

/** The chart's data, without its id. */
export function readLatency(input: unknown, options: LatencyOptions): Omit<LatencyMessage, 'kind' | 'id'> {
  const view = options.view ?? 'cdf';
  if (view !== 'cdf' && view !== 'histogram') throw new TypeError(displayMessages.latencyView(JSON.stringify(String(view))));
  const items = Array.isArray(input) ? input : [input];
  if (items.length === 0) throw new TypeError(displayMessages.latencyInput(displayMessages.receivedEmptyArray()));
  const runs = items.map((item, i) => readRun(item, i, options.labels));
  const low = Math.min(...runs.map((r) => r.recorded[0]?.ms ?? Infinity));
  const high = Math.max(...runs.map((r) => r.recorded.at(-1)?.ms ?? 0));
  const span = Math.max(Math.log(high / low), 1e-6);
  const points = view === 'cdf' ? CDF_POINTS : HISTOGRAM_BINS;
  // CDF: the grid runs from the fastest to the slowest answer. Histogram: bin k covers
  // (edge k, edge k+1] and is drawn at its geometric middle.
  const edges = Array.from({ length: points + 1 }, (_, k) => low * Math.exp((span * k) / points));
  const xMs =
    view === 'cdf'
      ? Float64Array.from({ length: points }, (_, k) => low * Math.exp((span * k) / (points - 1)))
      : Float64Array.from({ length: points }, (_, k) => Math.sqrt((edges[k] ?? low) * (edges[k + 1] ?? high)));
  const values = new Float64Array(runs.length * points);
  runs.forEach((run, s) => {
    let seen = 0;
    let next = 0;
    for (let k = 0; k < points; k++) {
      const upTo = view === 'cdf' ? (xMs[k] ?? 0) : k === points - 1 ? Infinity : (edges[k + 1] ?? 0);
      const before = seen;
      while (next < run.recorded.length && (run.recorded[next]?.ms ?? 0) <= upTo * (1 + 1e-12)) seen += run.recorded[next++]?.count ?? 0;
      values[s * points + k] = view === 'cdf' ? seen / run.total : (seen - before) / run.total;
    }
  });
  return {
    title: options.title ?? displayMessages.defaultLatencyTitle(),
    view,
    series: runs.map((r) => r.name),
    xMs,
    values,
    percentiles: runs.map((r) => r.percentiles),
  };
}
