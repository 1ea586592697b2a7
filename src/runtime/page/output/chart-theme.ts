/**
 * The theme colours of a chart's canvas. uPlot paints axes, ticks and grid with colours fixed when
 * the plot is created, so a dark/light switch (src/ui/theme.ts sets `data-theme` on <html>) or a
 * change of the system's colour scheme would leave them in the old theme: a chart follows both and
 * repaints its axes in the new colours. On paper it uses the light colours whatever the screen's
 * theme (the print CSS in src/styles/global.css turns the page light too), and goes back after.
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

/** The light theme's colours, used on paper. */
export const PAPER_THEME: ChartTheme = { foreground: '#1b1f24', grid: '#d0d7de' };

/** The colours of the theme that applies to `node` now. */
export function readChartTheme(node: Element): ChartTheme {
  return {
    foreground: cssVariable(node, '--fg', PAPER_THEME.foreground),
    grid: cssVariable(node, '--border', PAPER_THEME.grid),
  };
}

/**
 * Repaints `plot`'s axes, ticks and grid in `theme`'s colours at once (not on the next microtask,
 * so that a printout started right after sees them); the data paths are kept.
 */
export function applyChartTheme(plot: uPlot, theme: ChartTheme): void {
  for (const axis of plot.axes) {
    axis.stroke = () => theme.foreground;
    if (axis.grid) axis.grid.stroke = () => theme.grid;
    if (axis.ticks) axis.ticks.stroke = () => theme.grid;
  }
  plot.batch(() => plot.redraw(false));
}

/**
 * Calls `apply` with the colours `node` should be drawn in after each theme switch of the page
 * (`data-theme` on <html>), each change of the system's colour scheme, and before and after
 * printing; returns the function that stops following.
 */
export function followTheme(node: Element, apply: (theme: ChartTheme) => void): () => void {
  const doc = node.ownerDocument;
  const view = doc.defaultView;
  const onScreen = () => apply(readChartTheme(node));
  const onPaper = () => apply(PAPER_THEME);
  const observer = new MutationObserver(onScreen);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const scheme = view?.matchMedia?.('(prefers-color-scheme: dark)') ?? null;
  scheme?.addEventListener('change', onScreen);
  // The print events, and the print media itself (whichever the browser changes last wins).
  const paper = view?.matchMedia?.('print') ?? null;
  const onMedia = () => (paper?.matches ? onPaper() : onScreen());
  paper?.addEventListener('change', onMedia);
  view?.addEventListener('beforeprint', onPaper);
  view?.addEventListener('afterprint', onMedia);
  return () => {
    observer.disconnect();
    scheme?.removeEventListener('change', onScreen);
    paper?.removeEventListener('change', onMedia);
    view?.removeEventListener('beforeprint', onPaper);
    view?.removeEventListener('afterprint', onMedia);
  };
}
