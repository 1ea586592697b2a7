/**
 * The latency chart of `show.latency`: one line per load test over a log latency axis, either
 * the CDF (the share of requests answered within x ms, rising to 1; the tail is where it bends
 * late) or the histogram (the share in each log-spaced bin; a tail is a second hump).
 */
import type uPlot from 'uplot';
import type { ChartLibraryLoader } from './chart-library';
import { axes, CHART_HEIGHT, ChartView } from './chart-view';
import type { ChartTheme } from './chart-theme';
import { displayMessages } from '../../display/messages';
import { seriesColor } from './palette';
import type { LatencyMessage } from '../../display/protocol';

/** The view of a `latency` message. */
export class LatencyView extends ChartView {
  private readonly aligned: uPlot.AlignedData;

  constructor(
    private readonly spec: LatencyMessage,
    load: ChartLibraryLoader,
  ) {
    super(displayMessages.latencyName(spec.title), spec.title, load);
    const n = spec.xMs.length;
    this.aligned = [Array.from(spec.xMs), ...spec.series.map((_, s) => Array.from(spec.values.subarray(s * n, (s + 1) * n)))];
  }

  protected options(width: number, theme: ChartTheme): uPlot.Options {
    const cdf = this.spec.view === 'cdf';
    return {
      width,
      height: CHART_HEIGHT,
      scales: { x: { time: false, distr: 3, log: 10 }, y: cdf ? { range: [0, 1] } : { range: (_u, _min, max) => [0, max * 1.05 || 1] } },
      axes: axes(displayMessages.latencyAxis(), cdf ? displayMessages.latencyCdfAxis() : displayMessages.latencyHistogramAxis(), theme),
      series: [
        { label: displayMessages.latencyAxis() },
        ...this.spec.series.map((name, i) => ({ label: name, stroke: seriesColor(i), width: 2 })),
      ],
    };
  }

  protected data(): uPlot.AlignedData {
    return this.aligned;
  }

  protected describe(): string {
    return displayMessages.latencySummary(this.spec.view, this.spec.series, this.spec.percentiles);
  }
}
