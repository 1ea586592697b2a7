/**
 * Gets the page's charts ready once: uPlot imported and evaluated in one idle moment, one chart
 * drawn off-screen in the next (chart-warm-up.ts), then the user-timing mark
 * {@link CHARTS_READY_MARK}. Asked for before the first Run (prepare-first-run.ts) and again when
 * the kernel starts (run-session.ts); only the first call does anything.
 */
import { CHARTS_READY_MARK, loadUPlot, preloadChartLibraryWhenIdle } from './chart-library';
import { warmUpChart } from './chart-warm-up';

export { CHARTS_READY_MARK };

let asked = false;

/** Loads and warms the chart code in idle time, once per page. */
export function preloadCharts(): void {
  if (asked) return;
  asked = true;
  preloadChartLibraryWhenIdle(loadUPlot, globalThis, async (library) => {
    await warmUpChart(library);
    performance.mark(CHARTS_READY_MARK);
  });
}
