/** A live line chart: one line per series, points appended in place as training runs. */
import type uPlot from 'uplot';
import type { ChartLibraryLoader } from './chart-library';
import { axes, CHART_HEIGHT, ChartView } from './chart-view';
import type { ChartTheme } from './chart-theme';
import { displayMessages } from '../../display/messages';
import { seriesColor } from './palette';
import type { LineCreateMessage, LinePoint } from '../../display/protocol';

/** The view of a `line-create` message, fed by `line-points` messages. */
export class LineChartView extends ChartView {
  private readonly xs: number[] = [];
  private readonly ys: Array<Array<number | null>>;

  constructor(
    private readonly spec: LineCreateMessage,
    load: ChartLibraryLoader,
  ) {
    super(displayMessages.lineChartName(spec.title), spec.title, load);
    this.ys = spec.series.map(() => []);
  }

  /** Appends points (drawn on the next frame). */
  add(points: readonly LinePoint[]): void {
    for (const point of points) {
      this.xs.push(point.x);
      this.ys.forEach((values, i) => values.push(point.y[i] ?? null));
    }
  }

  /** Number of points so far. */
  get length(): number {
    return this.xs.length;
  }

  protected options(width: number, theme: ChartTheme): uPlot.Options {
    return {
      width,
      height: CHART_HEIGHT,
      // Log axes are uPlot's own log scales (distr 3): the ticks read 1, 10, 100, not log₁₀ values.
      scales: {
        x: { time: false, ...(this.spec.logX ? { distr: 3, log: 10 } : {}) },
        ...(this.spec.logY ? { y: { distr: 3, log: 10 } } : {}),
      },
      axes: axes(this.spec.xLabel, this.spec.yLabel, theme),
      series: [
        { label: this.spec.xLabel },
        ...this.spec.series.map((name, i) => ({ label: name, stroke: seriesColor(i), width: 2, spanGaps: true })),
      ],
    };
  }

  protected data(): uPlot.AlignedData {
    return [this.xs, ...this.ys];
  }

  protected describe(): string {
    return displayMessages.lineSummary(
      this.spec.series,
      this.xs.length,
      this.ys.map((values) => values.at(-1) ?? null),
    );
  }
}
