/** What every browser figure gets: the browser, the served site and the options. */
import type { Browser } from '@playwright/test';
import type { Figure, Measurement } from './figure.ts';
import type { BenchOptions } from './options.ts';

/** Shared state of one benchmark run. */
export interface BenchContext {
  readonly browser: Browser;
  /** e.g. http://127.0.0.1:4460 (no trailing slash). */
  readonly baseUrl: string;
  readonly options: BenchOptions;
}

/** What a figure's measurement returns when it worked. */
export interface Measured {
  readonly measurements: readonly Measurement[];
  readonly notes: readonly string[];
}

/** A figure with the code that measures it; throws NotMeasuredError when its part is missing. */
export interface RunnableFigure extends Figure {
  measure(context: BenchContext): Promise<Measured>;
}
