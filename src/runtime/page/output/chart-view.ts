/**
 * The frame every uPlot chart in the Output shares: a <figure> named for assistive technology
 * ("Line chart: Loss"), a visible caption, the plot (drawn once uPlot has loaded and the figure
 * is in the page, so it can read the theme's colours and width), and a visually hidden text
 * summary. Updates only change data: `draw()` is called at most once per animation frame. The
 * plot's width follows its area (the Output region's width, on any screen), and its axes follow
 * theme switches (chart-theme.ts).
 */
import type uPlot from 'uplot';
import type { ChartLibraryLoader, UPlotConstructor } from './chart-library';
import { element } from './dom';
import { applyChartTheme, followTheme, readChartTheme, type ChartTheme } from './chart-theme';
import { displayMessages } from '../../display/messages';

/** Plot height in CSS pixels. */
export const CHART_HEIGHT = 240;
const FALLBACK_WIDTH = 560;

/** Base of the uPlot charts: subclasses give options, data and a description. */
export abstract class ChartView {
  /** The figure to put in the Output. */
  readonly element: HTMLElement;
  private readonly area: HTMLElement;
  private readonly summary: HTMLElement;
  private library: UPlotConstructor | null = null;
  private plot: uPlot | null = null;
  private observer: ResizeObserver | null = null;
  private stopFollowingTheme: (() => void) | null = null;
  private attached = false;
  private destroyed = false;

  constructor(accessibleName: string, title: string, load: ChartLibraryLoader) {
    this.element = element('figure', { className: 'out-chart', attributes: { 'aria-label': accessibleName } });
    this.element.append(element('figcaption', { className: 'out-caption', text: title }));
    this.area = element('div', {
      className: 'out-chart-area',
      text: displayMessages.chartLoading(),
      attributes: { 'aria-hidden': 'true' },
    });
    this.summary = element('p', { className: 'out-visually-hidden', attributes: { 'aria-live': 'off' } });
    this.element.append(this.area, this.summary);
    load().then(
      (library) => {
        this.library = library;
        void this.create();
      },
      (error: unknown) => {
        this.area.textContent = displayMessages.chartFailed(error instanceof Error ? error.message : String(error));
      },
    );
  }

  /** The uPlot options for a plot `width` pixels wide. */
  protected abstract options(width: number, theme: ChartTheme): uPlot.Options;
  /** The data as uPlot wants it: x values, then one array per series. */
  protected abstract data(): uPlot.AlignedData;
  /** What the chart shows, in words. */
  protected abstract describe(): string;

  /** Call once the figure is in the page. */
  attach(): void {
    this.attached = true;
    // A plot created now starts from the current data: setting it again would render it twice.
    if (this.create()) this.summary.textContent = this.describe();
    else this.draw();
  }

  /** Brings plot and summary up to date with the data. */
  draw(): void {
    this.summary.textContent = this.describe();
    this.plot?.setData(this.data());
  }

  /** Frees the plot and its observer. */
  destroy(): void {
    this.destroyed = true;
    this.observer?.disconnect();
    this.stopFollowingTheme?.();
    this.plot?.destroy();
    this.plot = null;
  }

  /** Creates the plot once the library is loaded and the figure is in the page; true when it did. */
  private create(): boolean {
    if (!this.library || !this.attached || this.plot || this.destroyed) return false;
    const width = this.area.clientWidth || FALLBACK_WIDTH;
    this.area.textContent = '';
    this.plot = new this.library(this.options(width, readChartTheme(this.element)), this.data(), this.area);
    this.stopFollowingTheme = followTheme(this.element, (theme) => {
      if (this.plot) applyChartTheme(this.plot, theme);
    });
    if (typeof ResizeObserver === 'function') {
      this.observer = new ResizeObserver((entries) => {
        const next = Math.round(entries[0]?.contentRect.width ?? 0);
        if (next > 0 && this.plot && Math.abs(next - this.plot.width) > 1) this.plot.setSize({ width: next, height: CHART_HEIGHT });
      });
      this.observer.observe(this.area);
    }
    return true;
  }
}

/** Axis options shared by the charts. */
export function axes(xLabel: string, yLabel: string, theme: ChartTheme): uPlot.Axis[] {
  const axis = (label: string): uPlot.Axis => ({
    ...(label ? { label } : {}),
    stroke: theme.foreground,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1 },
  });
  return [axis(xLabel), axis(yLabel)];
}
