/**
 * Latencies of a load test, kept in an HDR histogram (hdr-histogram-js, its pure-JS Int32
 * histogram: no WebAssembly, no compression code, so it loads the same in a worker and in node).
 * Values are recorded in microseconds with 3 significant digits, so every percentile read back
 * is within 0.1 % of the true one, from 1 µs to an hour, in a few tens of kilobytes whatever the
 * number of requests. The learner reads it in milliseconds.
 */
import Int32HistogramModule from 'hdr-histogram-js/dist/Int32Histogram';
import RecordedValuesIteratorModule from 'hdr-histogram-js/dist/RecordedValuesIterator';

/**
 * These dist files are CommonJS with `exports.default = …`: bundlers (Vite, Vitest) hand over that
 * class, node's own ESM loader (tsx scripts such as npm run serve:model) the exports object.
 */
const defaultOf = <T>(module: T): T => (module as { default?: T }).default ?? module;
const Int32Histogram = defaultOf(Int32HistogramModule);
const RecordedValuesIterator = defaultOf(RecordedValuesIteratorModule);

/** The largest latency kept exactly: one hour. Longer ones are recorded as one hour. */
const HIGHEST_US = 3_600_000_000;
const SIGNIFICANT_DIGITS = 3;

/** The summary a load test prints, in milliseconds. */
export interface LatencySummary {
  /** Requests recorded. */
  count: number;
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

/** One distinct recorded latency (within the histogram's 0.1 % resolution) and how often it occurred. */
export interface RecordedLatency {
  ms: number;
  count: number;
}

/** A bin of {@link LatencyHistogram.bins}: requests with latency in (fromMs, toMs]. */
export interface LatencyBin {
  fromMs: number;
  toMs: number;
  count: number;
}

/** An HDR histogram of latencies in milliseconds. */
export class LatencyHistogram {
  private readonly hdr = new Int32Histogram(1, HIGHEST_US, SIGNIFICANT_DIGITS);

  /** Records one latency in milliseconds (negative values, from a clock step, count as 0). */
  record(ms: number): void {
    const us = Math.round(Math.max(0, ms) * 1000);
    this.hdr.recordValue(Math.min(Math.max(us, 1), HIGHEST_US));
  }

  /** How many latencies were recorded. */
  get count(): number {
    return this.hdr.totalCount;
  }

  /** The latency at or under which `percentile` % of requests fall (0 < percentile ≤ 100), in ms; NaN when empty. */
  valueAt(percentile: number): number {
    if (this.count === 0) return NaN;
    return this.hdr.getValueAtPercentile(percentile) / 1000;
  }

  /** The share of requests (0 … 1) that took at most `ms`; NaN when empty. */
  fractionAtOrBelow(ms: number): number {
    if (this.count === 0) return NaN;
    let below = 0;
    for (const { ms: value, count } of this.recorded()) if (value <= ms) below += count;
    return below / this.count;
  }

  /** Every distinct recorded latency with its count, fastest first. */
  recorded(): RecordedLatency[] {
    const out: RecordedLatency[] = [];
    if (this.count === 0) return out;
    const iterator = new RecordedValuesIterator(this.hdr);
    while (iterator.hasNext()) {
      const step = iterator.next();
      out.push({ ms: this.hdr.highestEquivalentValue(step.valueIteratedTo) / 1000, count: step.countAddedInThisIterationStep });
    }
    return out;
  }

  /** The requests counted in `n` bins spaced evenly on a log scale from the fastest to the slowest. */
  bins(n = 20): LatencyBin[] {
    const recorded = this.recorded();
    const first = recorded[0];
    const last = recorded.at(-1);
    if (!first || !last) return [];
    const low = Math.log(first.ms);
    const step = (Math.log(last.ms) - low) / Math.max(1, n) || 1;
    const edges = Array.from({ length: n + 1 }, (_, i) => Math.exp(low + i * step));
    edges[0] = 0;
    edges[n] = last.ms;
    const bins = edges.slice(1).map((toMs, i) => ({ fromMs: edges[i] ?? 0, toMs, count: 0 }));
    let bin = 0;
    for (const { ms, count } of recorded) {
      while (bin < n - 1 && ms > (bins[bin]?.toMs ?? Infinity)) bin++;
      const target = bins[bin];
      if (target) target.count += count;
    }
    return bins;
  }

  /** Adds every latency of `other` to this histogram. */
  add(other: LatencyHistogram): void {
    this.hdr.add(other.hdr);
  }

  /** p50 … max, mean and count in milliseconds (NaN figures when empty). */
  summary(): LatencySummary {
    const empty = this.count === 0;
    const at = (p: number) => this.valueAt(p);
    return {
      count: this.count,
      min: empty ? NaN : this.hdr.minNonZeroValue / 1000,
      mean: empty ? NaN : this.hdr.mean / 1000,
      p50: at(50),
      p90: at(90),
      p95: at(95),
      p99: at(99),
      p999: at(99.9),
      max: empty ? NaN : this.hdr.highestEquivalentValue(this.hdr.maxValue) / 1000,
    };
  }
}
