// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type uPlot from 'uplot';
import { applyChartTheme, readChartTheme, watchThemeChanges } from '../../../../src/runtime/page/output/chart-theme';

/** What applyChartTheme touches of a uPlot instance: its axes (as uPlot holds them after init) and redraw. */
function fakePlot() {
  const axis = () => ({ stroke: () => '#old-fg', grid: { stroke: () => '#old-grid' }, ticks: { stroke: () => '#old-grid' } });
  return { axes: [axis(), axis()], redraw: vi.fn() };
}

afterEach(() => {
  delete document.documentElement.dataset['theme'];
  document.body.replaceChildren();
});

describe('chart theme', () => {
  it('reads the colours of the theme that applies to the chart', () => {
    const figure = document.createElement('figure');
    figure.style.setProperty('--fg', '#e6edf3');
    figure.style.setProperty('--border', '#30363d');
    document.body.append(figure);
    expect(readChartTheme(figure)).toEqual({ foreground: '#e6edf3', grid: '#30363d' });
  });

  it('falls back to the light colours when the page sets none', () => {
    expect(readChartTheme(document.createElement('figure'))).toEqual({ foreground: '#1b1f24', grid: '#d0d7de' });
  });

  it('repaints every axis, its ticks and its grid in the new colours, keeping the data paths', () => {
    const plot = fakePlot();
    applyChartTheme(plot as unknown as uPlot, { foreground: '#e6edf3', grid: '#30363d' });
    for (const axis of plot.axes) {
      expect([axis.stroke(), axis.grid.stroke(), axis.ticks.stroke()]).toEqual(['#e6edf3', '#30363d', '#30363d']);
    }
    expect(plot.redraw).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('hears each theme switch of the page until it stops watching', async () => {
    const onChange = vi.fn();
    const stop = watchThemeChanges(document, onChange);
    document.documentElement.dataset['theme'] = 'dark';
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    document.documentElement.dataset['theme'] = 'light';
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    stop();
    document.documentElement.dataset['theme'] = 'dark';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('ignores other attributes of <html>', async () => {
    const onChange = vi.fn();
    const stop = watchThemeChanges(document, onChange);
    document.documentElement.lang = 'en';
    document.documentElement.dataset['theme'] = 'dark';
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    stop();
  });
});
