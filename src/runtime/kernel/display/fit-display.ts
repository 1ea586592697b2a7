/**
 * Training made visible: `show.fitCallbacks` (a live chart of the metrics per epoch plus a
 * progress bar with ETA) and the progress bar that every `model.fit` / `model.fitDataset` call
 * without callbacks gets automatically. Both are real tf.Callback instances, so tfjs hands them
 * the epoch, sample and batch counts, and they yield to the event loop after each epoch so the
 * page hears about progress while training runs.
 */
import type * as tfTypes from '@tensorflow/tfjs';
import { displayMessages } from '../../display/messages';
import type { OutputQueue } from './output-queue';
import { createProgressTracker, type ProgressTracker } from './progress-tracker';
import type { ShowApi } from './show-api';
import { yieldToEventLoop } from './yield-to-event-loop';

type Tf = typeof tfTypes;
type Logs = Record<string, unknown>;

/** Options of show.fitCallbacks. */
export interface FitCallbacksOptions {
  title?: string | undefined;
  metrics?: string[] | undefined;
}

/** An automatic progress bar appears only for fits that last longer than this. */
export const AUTO_PROGRESS_DELAY_MS = 250;

/** What the fit helpers need from the display. */
export interface FitContext {
  tf: Tf;
  queue: OutputQueue;
  show: ShowApi;
  nextId: (kind: string) => string;
  now: () => number;
}

interface TrainingParams {
  epochs?: number;
  initialEpoch?: number | null;
  samples?: number | null;
  steps?: number | null;
  batchSize?: number | null;
}

/** Steps in the whole fit: epochs × batches per epoch when known, else epochs. */
export function trainingSteps(params: TrainingParams): { total: number; perEpoch: number } {
  const epochs = Math.max(1, (params.epochs ?? 1) - (params.initialEpoch ?? 0));
  let perEpoch = params.steps ?? 0;
  if (!perEpoch && params.samples && params.batchSize) perEpoch = Math.ceil(params.samples / params.batchSize);
  return perEpoch > 0 ? { total: epochs * perEpoch, perEpoch } : { total: epochs, perEpoch: 0 };
}

/** A metric from tfjs logs: a number, or a scalar tensor at epoch end. */
async function readMetric(value: unknown): Promise<number | null> {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value && typeof (value as { data?: unknown }).data === 'function') {
    const data = await (value as tfTypes.Tensor).data();
    const number = Number(data[0]);
    return Number.isFinite(number) ? number : null;
  }
  return null;
}

/** Builds the callback class once per display: progress always, a chart when metrics are given. */
function makeCallbackClass(context: FitContext) {
  const { tf, queue, nextId, now } = context;
  return class DisplayCallback extends tf.Callback {
    private tracker: ProgressTracker | null = null;
    private perEpoch = 0;
    private epochs = 1;
    private firstEpoch = 0;
    private chart: { push(values: Record<string, unknown>, x?: number): void } | null = null;
    private epochsSeen = 0;

    constructor(
      private readonly metrics: string[] | null,
      private readonly title: string,
      private readonly showAfterMs: number,
    ) {
      super();
      // Bound, so the callback still works when tfjs wraps it as a plain config object (which it
      // does when it is not the first entry of a callbacks array); then tfjs gives it no params.
      this.onTrainBegin = this.onTrainBegin.bind(this);
      this.onEpochBegin = this.onEpochBegin.bind(this);
      this.onBatchEnd = this.onBatchEnd.bind(this);
      this.onEpochEnd = this.onEpochEnd.bind(this);
      this.onTrainEnd = this.onTrainEnd.bind(this);
    }

    override async onTrainBegin(): Promise<void> {
      if (this.metrics && !this.chart) {
        this.chart = context.show.line({ title: this.title, series: this.metrics, xLabel: displayMessages.fitXLabel() });
      }
      const params = this.params as TrainingParams | undefined;
      if (!params) return;
      const { total, perEpoch } = trainingSteps(params);
      this.perEpoch = perEpoch;
      this.firstEpoch = params.initialEpoch ?? 0;
      this.epochs = Math.max(1, (params.epochs ?? 1) - this.firstEpoch);
      this.tracker = createProgressTracker(queue, {
        id: nextId('progress'),
        label: displayMessages.trainingLabel(),
        total,
        now,
        showAfterMs: this.showAfterMs,
      });
    }

    override async onEpochBegin(epoch: number): Promise<void> {
      this.tracker?.setLabel(displayMessages.trainingEpoch(epoch - this.firstEpoch + 1, this.epochs));
    }

    override async onBatchEnd(): Promise<void> {
      if (this.perEpoch > 0) this.tracker?.tick();
    }

    override async onEpochEnd(epoch: number, logs?: Logs): Promise<void> {
      if (this.perEpoch > 0) this.tracker?.set((epoch - this.firstEpoch + 1) * this.perEpoch);
      else this.tracker?.tick();
      if (this.chart && this.metrics) {
        const values: Record<string, number | null> = {};
        for (const metric of this.metrics) values[metric] = await readMetric(logs?.[metric]);
        this.epochsSeen += 1;
        this.chart.push(values, this.epochsSeen);
      }
      await yieldToEventLoop();
    }

    override async onTrainEnd(): Promise<void> {
      this.tracker?.done();
      this.tracker = null;
      queue.flush();
    }
  };
}

/** The fit helpers of one display. */
export interface FitDisplay {
  /** show.fitCallbacks: a callback that charts `metrics` per epoch and shows training progress. */
  readonly fitCallbacks: (options?: FitCallbacksOptions) => tfTypes.Callback;
  /** Makes fit/fitDataset calls without callbacks show a progress bar. Safe to call twice. */
  readonly installAutoFitProgress: () => void;
}

const PATCHED = Symbol.for('runfirst.autoFitProgress');

/** Creates the fit helpers. */
export function createFitDisplay(context: FitContext): FitDisplay {
  const DisplayCallback = makeCallbackClass(context);
  return {
    fitCallbacks(options = {}) {
      const metrics = options.metrics?.length ? options.metrics.map(String) : ['loss'];
      return new DisplayCallback(metrics, options.title ?? displayMessages.defaultFitTitle(), 0);
    },
    installAutoFitProgress() {
      const proto = context.tf.LayersModel.prototype as unknown as Record<string | symbol, unknown>;
      const makeCallback = () => new DisplayCallback(null, '', AUTO_PROGRESS_DELAY_MS);
      const installed = proto[PATCHED] as { makeCallback: () => unknown } | undefined;
      if (installed) {
        // Already patched (a second display in the same worker): the newest display draws.
        installed.makeCallback = makeCallback;
        return;
      }
      const state = { makeCallback: makeCallback as () => unknown };
      proto[PATCHED] = state;
      const wrap = (method: 'fit' | 'fitDataset', argsIndex: number) => {
        const original = proto[method] as (...args: unknown[]) => unknown;
        proto[method] = function (this: unknown, ...args: unknown[]) {
          const fitArgs = (args[argsIndex] ?? {}) as { callbacks?: unknown };
          if (fitArgs.callbacks == null) args[argsIndex] = { ...fitArgs, callbacks: state.makeCallback() };
          return original.apply(this, args);
        };
      };
      wrap('fit', 2);
      wrap('fitDataset', 1);
    },
  };
}
