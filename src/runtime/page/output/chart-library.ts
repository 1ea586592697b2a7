/**
 * Loads uPlot (and its stylesheet) on first use, so a lesson page that never draws a chart never
 * downloads it. Tests pass their own loader to OutputView instead.
 */
import type uPlot from 'uplot';

/** The uPlot class. */
export type UPlotConstructor = typeof uPlot;
/** Resolves to the uPlot class. */
export type ChartLibraryLoader = () => Promise<UPlotConstructor>;

/** The `performance.mark` chart-preload.ts sets once the chart code is loaded and warm (the bench waits for it). */
export const CHARTS_READY_MARK = 'runfirst:charts-ready';

let loading: Promise<UPlotConstructor> | null = null;

/** Imports uPlot and its CSS once; a failed load is retried by the next chart. */
export const loadUPlot: ChartLibraryLoader = () => {
  loading ??= Promise.all([import('uplot'), import('./uplot-styles')])
    .then(([module]) => module.default)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
};

/** The part of the page's global scope the idle preload uses (injectable for tests). */
export interface IdleScope {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

/** Longest wait for an idle moment before the preload runs anyway, and the fallback's delay. */
const IDLE_TIMEOUT_MS = 2000;
const FALLBACK_DELAY_MS = 300;

/**
 * Loads the chart library in the page's next idle moment (requestIdleCallback; a short timer
 * where the browser has none), so that the first chart of a run does not evaluate uPlot's module
 * on the spot — that evaluation was the longest main-thread task of a first training run — and
 * then, in a second idle moment, hands the library to `warmUp` (the page passes chart-warm-up's
 * off-screen chart, so the first real `new uPlot` does not run cold either). chart-preload.ts calls
 * it once per page, before the first Run. A failed preload or warm-up is silent; the first chart
 * retries the load.
 */
export function preloadChartLibraryWhenIdle(
  load: ChartLibraryLoader = loadUPlot,
  scope: IdleScope = globalThis,
  warmUp?: (library: UPlotConstructor) => Promise<void>,
): void {
  const whenIdle = (task: () => void) => {
    if (typeof scope.requestIdleCallback === 'function') scope.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    else scope.setTimeout(task, FALLBACK_DELAY_MS);
  };
  whenIdle(() => {
    load().then(
      (library) => {
        if (warmUp) whenIdle(() => void warmUp(library).catch(() => undefined));
      },
      () => undefined,
    );
  });
}
