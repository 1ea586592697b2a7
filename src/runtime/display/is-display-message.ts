/**
 * The page's check on what a worker sends before rendering it: a message that does not match
 * the protocol (a bug, or a learner posting to the worker's scope by hand) is dropped instead of
 * breaking the Output. Hand-written rather than a schema library so the page's bundle stays small.
 */
import type { DisplayMessage, DisplayMessageKind, HeatmapExamples } from './protocol';
import { MAX_DRAW_PAD_SIZE } from './draw-raster';

type Check = (value: unknown) => boolean;
type Fields = Record<string, Check>;

const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && !Number.isNaN(v);
const isCount: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isNullableNumber: Check = (v) => v === null || typeof v === 'number';
const isBoolean: Check = (v) => typeof v === 'boolean';
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const arrayOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
const oneOf =
  (...values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const shape =
  (fields: Fields): Check =>
  (v) =>
    typeof v === 'object' && v !== null && Object.entries(fields).every(([key, check]) => check((v as Record<string, unknown>)[key]));

const isConsoleLine = shape({ level: oneOf('log', 'info', 'warn', 'error', 'debug'), parts: arrayOf(isString) });
const isLinePoint = shape({ x: isNumber, y: arrayOf(isNullableNumber) });

const FIELDS: Record<DisplayMessageKind, Fields> = {
  console: { lines: arrayOf(isConsoleLine) },
  suppressed: { count: isCount, total: isCount },
  'line-create': {
    id: isString,
    title: isString,
    series: arrayOf(isString),
    xLabel: isString,
    yLabel: isString,
    logX: optional(isBoolean),
    logY: optional(isBoolean),
  },
  'line-points': { id: isString, points: arrayOf(isLinePoint) },
  scatter: {
    id: isString,
    title: isString,
    xLabel: isString,
    yLabel: isString,
    x: (v) => v instanceof Float64Array,
    y: (v) => v instanceof Float64Array,
    labels: (v) => v === null || v instanceof Int32Array,
  },
  images: {
    id: isString,
    title: isString,
    count: isCount,
    height: isCount,
    width: isCount,
    columns: isCount,
    pixels: (v) => v instanceof Uint8ClampedArray,
    labels: arrayOf(isString),
    total: isCount,
  },
  table: { id: isString, title: isString, columns: arrayOf(isString), rows: arrayOf(arrayOf(isString)), totalRows: isCount },
  heatmap: {
    id: isString,
    title: isString,
    rows: isCount,
    columns: isCount,
    values: (v) => v instanceof Float64Array,
    xLabels: arrayOf(isString),
    yLabels: arrayOf(isString),
    xTitle: optional(isString),
    yTitle: optional(isString),
    examples: optional(
      shape({
        height: isCount,
        width: isCount,
        offsets: (v) => v instanceof Int32Array,
        totals: (v) => v instanceof Int32Array,
        pixels: (v) => v instanceof Uint8ClampedArray,
        captions: arrayOf(isString),
      }),
    ),
  },
  reliability: {
    id: isString,
    title: isString,
    counts: (v) => v instanceof Int32Array && v.length > 0,
    confidence: (v) => v instanceof Float64Array && v.every((x) => x >= 0 && x <= 1),
    accuracy: (v) => v instanceof Float64Array && v.every((x) => x >= 0 && x <= 1),
    ece: (v) => typeof v === 'number' && v >= 0 && v <= 1,
    total: isCount,
  },
  'drawpad-create': { id: isString, title: isString, size: (v) => isCount(v) && (v as number) >= 2 && (v as number) <= MAX_DRAW_PAD_SIZE },
  'drawpad-set': { id: isString, pixels: isDrawing },
  'drawpad-result': {
    id: isString,
    status: oneOf('ok', 'error'),
    text: isString,
    labels: arrayOf(isString),
    values: (v) => v instanceof Float64Array && v.every(Number.isFinite),
  },
  'test-result': { status: oneOf('passed', 'failed', 'timed-out'), text: isString },
  bars: {
    id: isString,
    title: isString,
    xLabel: isString,
    yLabel: isString,
    labels: arrayOf(isString),
    values: (v) => v instanceof Float64Array && v.every(Number.isFinite),
    total: isCount,
  },
  download: {
    id: isString,
    label: (v) => typeof v === 'string' && v.length > 0,
    fileName: (v) => typeof v === 'string' && /^[\w.-]{1,80}$/.test(v),
    mimeType: (v) => typeof v === 'string' && /^[\w.+-]+\/[\w.+-]+$/.test(v),
    bytes: (v) => v instanceof Uint8Array,
    description: isString,
  },
  'log-panel': { id: isString, lesson: (v) => typeof v === 'string' && v.length > 0 && v.length <= 200 },
  latency: {
    id: isString,
    title: isString,
    view: oneOf('cdf', 'histogram'),
    series: arrayOf(isString),
    xMs: (v) => v instanceof Float64Array && v.every((x) => x > 0 && Number.isFinite(x)),
    values: (v) => v instanceof Float64Array && v.every((x) => x >= 0 && x <= 1),
    percentiles: arrayOf(shape({ p50: isNumber, p99: isNumber, max: isNumber })),
  },
  'progress-create': { id: isString, label: isString, total: isNumber },
  'progress-update': { id: isString, done: isNumber, total: isNumber, etaMs: isNullableNumber, label: optional(isString) },
  'progress-done': { id: isString, elapsedMs: isNumber },
  error: {
    name: isString,
    message: isString,
    line: optional(isNumber),
    column: optional(isNumber),
    detail: optional(isString),
  },
  notice: { level: oneOf('info', 'warn'), text: isString },
};

/** A drawing: at most MAX_DRAW_PAD_SIZE² values from 0 to 1, as a page or a kernel sends it. */
export function isDrawing(value: unknown): value is Float32Array {
  return (
    value instanceof Float32Array &&
    value.length <= MAX_DRAW_PAD_SIZE * MAX_DRAW_PAD_SIZE &&
    Number.isInteger(Math.sqrt(value.length)) &&
    value.every((x) => x >= 0 && x <= 1)
  );
}

/** A heatmap's examples agree with its cells: one offset per cell and one more, ascending, pixels and captions for each image. */
function examplesFit(examples: HeatmapExamples, cells: number): boolean {
  const { offsets, totals } = examples;
  if (offsets.length !== cells + 1 || totals.length !== cells || offsets[0] !== 0) return false;
  for (let k = 0; k < cells; k++)
    if ((offsets[k + 1] ?? 0) < (offsets[k] ?? 0) || (totals[k] ?? 0) < (offsets[k + 1] ?? 0) - (offsets[k] ?? 0)) return false;
  const images = offsets[cells] ?? 0;
  return examples.pixels.length === images * examples.height * examples.width * 4 && examples.captions.length === images;
}

/** Sizes that must agree for a message to render (e.g. pixels for every image). */
const CONSISTENT: Partial<Record<DisplayMessageKind, (m: Record<string, unknown>) => boolean>> = {
  scatter: (m) => {
    const x = m['x'] as Float64Array;
    const labels = m['labels'] as Int32Array | null;
    return (m['y'] as Float64Array).length === x.length && (labels === null || labels.length === x.length);
  },
  images: (m) =>
    (m['pixels'] as Uint8ClampedArray).length === (m['count'] as number) * (m['height'] as number) * (m['width'] as number) * 4,
  heatmap: (m) =>
    (m['values'] as Float64Array).length === (m['rows'] as number) * (m['columns'] as number) &&
    (m['examples'] === undefined || examplesFit(m['examples'] as HeatmapExamples, (m['rows'] as number) * (m['columns'] as number))),
  reliability: (m) => {
    const bins = (m['counts'] as Int32Array).length;
    return (m['confidence'] as Float64Array).length === bins && (m['accuracy'] as Float64Array).length === bins;
  },
  'drawpad-result': (m) => (m['values'] as Float64Array).length === (m['labels'] as string[]).length,
  latency: (m) => {
    const series = (m['series'] as string[]).length;
    return (
      series > 0 &&
      (m['values'] as Float64Array).length === series * (m['xMs'] as Float64Array).length &&
      (m['percentiles'] as unknown[]).length === series
    );
  },
  bars: (m) => (m['values'] as Float64Array).length === (m['labels'] as string[]).length,
};

/** True when `value` is a well-formed {@link DisplayMessage}. */
export function isDisplayMessage(value: unknown): value is DisplayMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  const kind = message['kind'];
  if (typeof kind !== 'string' || !Object.hasOwn(FIELDS, kind)) return false;
  const fields = FIELDS[kind as DisplayMessageKind];
  if (!Object.entries(fields).every(([key, check]) => check(message[key]))) return false;
  return CONSISTENT[kind as DisplayMessageKind]?.(message) ?? true;
}
