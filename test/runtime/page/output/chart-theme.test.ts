// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type uPlot from 'uplot';
import {
  applyChartTheme,
  followTheme,
  PAPER_THEME,
  readChartTheme,
  type ChartTheme,
} from '../../../../src/runtime/page/output/chart-theme';

/** What applyChartTheme touches of a uPlot instance: its axes (as uPlot holds them after init), batch and redraw. */
function fakePlot() {
  const axis = () => ({ stroke: () => '#old-fg', grid: { stroke: () => '#old-grid' }, ticks: { stroke: () => '#old-grid' } });
  const drawn: string[] = [];
  const plot = {
    axes: [axis(), axis()],
    batching: false,
    redraw: vi.fn((rebuildPaths: boolean) => drawn.push(`${plot.batching ? 'now' : 'later'}, paths ${rebuildPaths ? 'rebuilt' : 'kept'}`)),
    batch(txn: () => void) {
      plot.batching = true;
      txn();
      plot.batching = false;
    },
  };
  return { plot, drawn };
}

/** A chart's figure in the page, drawn in the dark theme's colours. */
function darkFigure() {
  const figure = document.createElement('figure');
  figure.style.setProperty('--fg', '#e6edf3');
  figure.style.setProperty('--border', '#30363d');
  document.body.append(figure);
  return figure;
}
const DARK: ChartTheme = { foreground: '#e6edf3', grid: '#30363d' };

afterEach(() => {
  delete document.documentElement.dataset['theme'];
  document.body.replaceChildren();
});

describe('chart theme', () => {
  it('reads the colours of the theme that applies to the chart', () => {
    expect(readChartTheme(darkFigure())).toEqual(DARK);
  });

  it('falls back to the light colours when the page sets none', () => {
    expect(readChartTheme(document.createElement('figure'))).toEqual(PAPER_THEME);
  });

  it('repaints every axis, its ticks and its grid in the new colours at once, keeping the data paths', () => {
    const { plot, drawn } = fakePlot();
    applyChartTheme(plot as unknown as uPlot, DARK);
    for (const axis of plot.axes)
      expect([axis.stroke(), axis.grid.stroke(), axis.ticks.stroke()]).toEqual(['#e6edf3', '#30363d', '#30363d']);
    expect(drawn).toEqual(['now, paths kept']);
  });

  it('follows each theme switch of the page until it stops', async () => {
    const apply = vi.fn();
    const stop = followTheme(darkFigure(), apply);
    document.documentElement.dataset['theme'] = 'dark';
    await vi.waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    expect(apply).toHaveBeenLastCalledWith(DARK);
    document.documentElement.dataset['theme'] = 'light';
    await vi.waitFor(() => expect(apply).toHaveBeenCalledTimes(2));
    stop();
    document.documentElement.dataset['theme'] = 'dark';
    window.dispatchEvent(new Event('beforeprint'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(apply).toHaveBeenCalledTimes(2);
  });

  it('ignores other attributes of <html>', async () => {
    const apply = vi.fn();
    const stop = followTheme(darkFigure(), apply);
    document.documentElement.lang = 'en';
    document.documentElement.dataset['theme'] = 'dark';
    await vi.waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    stop();
  });

  it('draws in the light colours on paper and in the screen theme afterwards', () => {
    const apply = vi.fn();
    const stop = followTheme(darkFigure(), apply);
    window.dispatchEvent(new Event('beforeprint'));
    expect(apply).toHaveBeenLastCalledWith(PAPER_THEME);
    window.dispatchEvent(new Event('afterprint'));
    expect(apply).toHaveBeenLastCalledWith(DARK);
    stop();
  });
});
