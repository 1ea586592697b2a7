/**
 * The `show` helpers of the learner API (see the contract in notes/common.md): line charts,
 * scatter plots, image grids, tables, heatmaps and progress bars. Each checks its input, reads
 * tensors without creating new ones, and posts one protocol message.
 */
import { displayMessages } from '../../display/messages';
import type { OutputQueue } from './output-queue';
import { createProgressTracker, type ProgressHandle } from './progress-tracker';
import { describeInput, readLabels, readNumeric } from './tensor-input';
import { isTensorLike } from './format-tensor';
import { readImages, toRgba } from './image-input';
import { readTable } from './table-input';
import { readLatency, type LatencyOptions } from './latency-input';
import { readBars, type BarsOptions } from './bars-input';
import { readHeatmap, type HeatmapOptions, type Scoped } from './heatmap-input';
import { readReliability, type ReliabilityInput, type ReliabilityResult } from './reliability-input';

export { MAX_TABLE_ROWS } from './table-input';
export { MAX_BARS, type BarsOptions } from './bars-input';
export { MAX_HEATMAP_SIDE, type HeatmapOptions } from './heatmap-input';
export type { ReliabilityInput, ReliabilityResult } from './reliability-input';

/** Images shown per grid at most. */
export const MAX_IMAGES = 100;

/** The handle of a live line chart. */
export interface LineHandle {
  /** Add one point per named series; x defaults to the previous x + 1 (starting at 1). */
  push(values: Record<string, unknown>, x?: number): void;
}

/** Options of show.line. */
export interface LineOptions {
  title?: string | undefined;
  series?: string[] | undefined;
  xLabel?: string | undefined;
  yLabel?: string | undefined;
  /** A log x axis: every x must be above 0. */
  logX?: boolean | undefined;
  /** A log y axis: every value must be above 0 (missing values still leave gaps). */
  logY?: boolean | undefined;
}

/** Options of show.scatter. */
export interface ScatterOptions {
  title?: string | undefined;
  xLabel?: string | undefined;
  yLabel?: string | undefined;
}

/** Options of show.images. */
export interface ImagesOptions {
  columns?: number | undefined;
  labels?: unknown;
  /** A caption under each image, also its accessible name (alias of labels). */
  captions?: unknown;
  title?: string | undefined;
}

/** Options of show.table. */
export interface TableOptions {
  title?: string | undefined;
  columns?: string[] | undefined;
}

/** Options of show.progress. */
export interface ProgressOptionsArg {
  total: number;
  label?: string | undefined;
}

/** The show helpers other than fitCallbacks. */
export interface ShowApi {
  line(options?: LineOptions): LineHandle;
  scatter(points: unknown, labels?: unknown, options?: ScatterOptions): void;
  images(images: unknown, options?: ImagesOptions): void;
  table(rows: unknown, options?: TableOptions): void;
  heatmap(matrix: unknown, options?: HeatmapOptions): void;
  reliability(input: ReliabilityInput): ReliabilityResult;
  latency(results: unknown, options?: LatencyOptions): void;
  bars(rows: unknown, options?: BarsOptions): void;
  progress(options: ProgressOptionsArg): ProgressHandle;
}

/**
 * Creates the helpers; `nextId` names each display, `now` is the clock for progress, `scoped`
 * frees the tensors a learner callback creates (heatmap examples).
 */
export function createShowApi(queue: OutputQueue, nextId: (kind: string) => string, now: () => number, scoped?: Scoped): ShowApi {
  return {
    line(options = {}) {
      const series = options.series ?? ['value'];
      if (series.length === 0) throw new TypeError(displayMessages.lineNoSeries());
      const id = nextId('line');
      queue.send({
        kind: 'line-create',
        id,
        title: options.title ?? displayMessages.defaultLineTitle(),
        series: series.map(String),
        xLabel: options.xLabel ?? displayMessages.defaultXLabel(),
        yLabel: options.yLabel ?? '',
        ...(options.logX ? { logX: true } : {}),
        ...(options.logY ? { logY: true } : {}),
      });
      let lastX = 0;
      return {
        push(values, x) {
          if (values === null || typeof values !== 'object' || Array.isArray(values)) {
            throw new TypeError(displayMessages.linePushShape(series));
          }
          for (const name of Object.keys(values)) {
            if (!series.includes(name)) throw new TypeError(displayMessages.lineUnknownSeries(name, series));
          }
          const y = series.map((name) => readScalar(values[name], name));
          const nextX = typeof x === 'number' && Number.isFinite(x) ? x : lastX + 1;
          if (options.logX && nextX <= 0) throw new TypeError(displayMessages.lineLogValue('x', '', nextX));
          if (options.logY) {
            y.forEach((value, i) => {
              if (value !== null && value <= 0) throw new TypeError(displayMessages.lineLogValue('y', series[i] ?? '', value));
            });
          }
          lastX = nextX;
          queue.point(id, { x: lastX, y });
        },
      };
    },

    scatter(points, labels, options = {}) {
      const input = readNumeric(points, 'show.scatter');
      const n = input?.shape[0] ?? 0;
      if (!input || input.shape.length !== 2 || input.shape[1] !== 2) {
        throw new TypeError(displayMessages.scatterShape(describeInput(points)));
      }
      const x = new Float64Array(n);
      const y = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        x[i] = input.values[2 * i] ?? NaN;
        y[i] = input.values[2 * i + 1] ?? NaN;
      }
      let classes: Int32Array | null = null;
      if (labels !== undefined && labels !== null) {
        const read = readNumeric(labels, 'show.scatter');
        if (!read || read.values.length !== n) {
          throw new TypeError(displayMessages.scatterLabels(read?.values.length ?? 0, n));
        }
        classes = Int32Array.from(read.values, (v) => Math.round(v));
      }
      queue.send({
        kind: 'scatter',
        id: nextId('scatter'),
        title: options.title ?? displayMessages.defaultScatterTitle(),
        xLabel: options.xLabel ?? '',
        yLabel: options.yLabel ?? '',
        x,
        y,
        labels: classes,
      });
    },

    images(images, options = {}) {
      const input = readImages(images);
      const shape = input?.shape ?? [];
      const channels = shape.length === 3 ? 1 : (shape[3] ?? 0);
      if (!input || (shape.length !== 3 && shape.length !== 4) || (channels !== 1 && channels !== 3)) {
        throw new TypeError(displayMessages.imagesShape(describeInput(images)));
      }
      const [total = 0, height = 0, width = 0] = shape;
      const count = Math.min(total, MAX_IMAGES);
      const pixels = toRgba(input.values, count * height * width, channels);
      queue.send({
        kind: 'images',
        id: nextId('images'),
        title: options.title ?? '',
        count,
        height,
        width,
        columns: Math.max(1, Math.floor(options.columns ?? 10)),
        pixels,
        labels: readLabels(options.captions ?? options.labels, 'show.images').slice(0, count),
        total,
      });
    },

    table(rows, options = {}) {
      const table = readTable(rows, options.columns);
      queue.send({ kind: 'table', id: nextId('table'), title: options.title ?? '', ...table });
    },

    heatmap(matrix, options = {}) {
      queue.send({ kind: 'heatmap', id: nextId('heatmap'), ...readHeatmap(matrix, options, scoped) });
    },

    reliability(input) {
      const { bins, ...diagram } = readReliability(input);
      queue.send({
        kind: 'reliability',
        id: nextId('reliability'),
        title: diagram.title,
        counts: diagram.counts,
        confidence: diagram.confidence,
        accuracy: diagram.accuracy,
        ece: diagram.ece,
        total: diagram.total,
      });
      return { ece: diagram.ece, bins };
    },

    bars(rows, options = {}) {
      const input = readBars(rows, options);
      queue.send({ kind: 'bars', id: nextId('bars'), title: options.title ?? displayMessages.defaultBarsTitle(), ...input });
    },

    latency(results, options = {}) {
      queue.send({ kind: 'latency', id: nextId('latency'), ...readLatency(results, options) });
    },

    progress(options) {
      const total = Number(options?.total);
      if (!Number.isFinite(total) || total <= 0) throw new TypeError(displayMessages.progressTotal(String(options?.total)));
      return createProgressTracker(queue, {
        id: nextId('progress'),
        label: options.label ?? displayMessages.progressDefaultLabel(),
        total,
        now,
      });
    },
  };
}

/** A chart value: a number or a one-element tensor; NaN, Infinity and missing values leave a gap. */
function readScalar(value: unknown, name: string): number | null {
  if (value === undefined || value === null) return null;
  let number: unknown = value;
  if (isTensorLike(value)) {
    if (value.isDisposed || value.size !== 1) throw new TypeError(displayMessages.lineBadValue(name, describeInput(value)));
    number = Number(value.dataSync()[0]);
  }
  if (typeof number !== 'number') throw new TypeError(displayMessages.lineBadValue(name, describeInput(value)));
  return Number.isFinite(number) ? number : null;
}
