/**
 * Loads uPlot (and its stylesheet) on first use, so a lesson page that never draws a chart never
 * downloads it. Tests pass their own loader to OutputView instead.
 */
import type uPlot from 'uplot';

/** The uPlot class. */
export type UPlotConstructor = typeof uPlot;
/** Resolves to the uPlot class. */
export type ChartLibraryLoader = () => Promise<UPlotConstructor>;

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
