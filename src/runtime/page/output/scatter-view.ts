/**
 * A scatter plot coloured by class. uPlot draws it as one point-only series per class over the
 * points sorted by x (other classes' entries are gaps), which keeps uPlot's fast path.
 */
import type uPlot from 'uplot';
import type { ChartLibraryLoader } from './chart-library';
import { axes, CHART_HEIGHT, ChartView } from './chart-view';
import type { ChartTheme } from './chart-theme';
import { displayMessages } from '../../display/messages';
import { seriesColor } from './palette';
import type { ScatterMessage } from '../../display/protocol';

/** The view of a `scatter` message. */
export class ScatterView extends ChartView {
  private readonly classes: number[];
  private readonly aligned: uPlot.AlignedData;

  constructor(
    private readonly spec: ScatterMessage,
    load: ChartLibraryLoader,
  ) {
    super(displayMessages.scatterName(spec.title), spec.title, load);
    const { x, y, labels } = spec;
    this.classes = labels ? [...new Set(labels)].sort((a, b) => a - b) : [];
    const order = Array.from({ length: x.length }, (_, i) => i).sort((a, b) => (x[a] ?? 0) - (x[b] ?? 0));
    const xs = order.map((i) => x[i] ?? 0);
    const groups = labels ? this.classes : [null];
    const ys = groups.map((cls) => order.map((i) => (cls === null || labels?.[i] === cls ? (y[i] ?? null) : null)));
    this.aligned = [xs, ...ys];
  }

  protected options(width: number, theme: ChartTheme): uPlot.Options {
    const names = this.classes.length ? this.classes.map((c) => `class ${c}`) : ['points'];
    return {
      width,
      height: CHART_HEIGHT,
      scales: { x: { time: false } },
      axes: axes(this.spec.xLabel, this.spec.yLabel, theme),
      cursor: { drag: { x: false, y: false } },
      series: [
        { label: this.spec.xLabel || 'x' },
        ...names.map((label, i) => ({
          label,
          stroke: seriesColor(i),
          fill: seriesColor(i),
          paths: () => null,
          points: { show: true, size: 6, stroke: seriesColor(i), fill: seriesColor(i) },
        })),
      ],
    };
  }

  protected data(): uPlot.AlignedData {
    return this.aligned;
  }

  protected describe(): string {
    return displayMessages.scatterSummary(this.spec.x.length, this.classes.length);
  }
}
