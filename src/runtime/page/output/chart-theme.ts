/**
 * The theme colours of a chart's canvas. uPlot paints axes, ticks and grid with colours fixed when
 * the plot is created, so a dark/light switch (src/ui/theme.ts sets `data-theme` on <html>) or a
 * change of the system's colour scheme would leave them in the old theme: the chart watches both
 * and repaints its axes in the new colours.
 */
import type uPlot from 'uplot';
import { cssVariable } from './dom';

/** Theme colours read from the page for the canvas. */
export interface ChartTheme {
  /** Axis lines, values and labels (the page's `--fg`). */
  foreground: string;
  /** Grid lines and ticks (the page's `--border`). */
  grid: string;
}

/** The colours of the theme that applies to `node` now. */
export function readChartTheme(node: Element): ChartTheme {
  return {
    foreground: cssVariable(node, '--fg', '#1b1f24'),
    grid: cssVariable(node, '--border', '#d0d7de'),
  };
}

/** Repaints `plot`'s axes, ticks and grid in `theme`'s colours (the data is not touched). */
export function applyChartTheme(plot: uPlot, theme: ChartTheme): void {
  for (const axis of plot.axes) {
    axis.stroke = () => theme.foreground;
    if (axis.grid) axis.grid.stroke = () => theme.grid;
    if (axis.ticks) axis.ticks.stroke = () => theme.grid;
  }
  plot.redraw(false);
}

/**
 * Calls `onChange` after each theme switch of the page (`data-theme` on <html>) or of the
 * system's colour scheme; returns the function that stops watching.
 */
export function watchThemeChanges(doc: Document, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  scheme?.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    scheme?.removeEventListener('change', onChange);
  };
}
