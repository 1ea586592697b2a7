/**
 * Reads show.heatmap input: the matrix (capped at MAX_HEATMAP_SIDE per side), its row and column
 * labels and axis titles, and the example images behind each cell. The page cannot call learner
 * code, so `examples` is evaluated here, cell by cell, and its images travel with the heatmap.
 */
import { displayMessages } from '../../display/messages';
import type { HeatmapExamples, HeatmapMessage } from '../../display/protocol';
import { primitiveText } from '../../primitive-text';
import { readImages, toRgba } from './image-input';
import { describeInput, readLabels, readNumeric } from './tensor-input';

/** Heatmap rows and columns shown at most. */
export const MAX_HEATMAP_SIDE = 100;
/** Examples kept per cell at most (the cell still says how many it has). */
export const MAX_EXAMPLES_PER_CELL = 24;
/** Example pixels kept in all at most (≈ 2,500 images of 28 × 28), so one heatmap stays a few MB. */
export const MAX_EXAMPLE_PIXELS = 2_000_000;

/** The images of one cell: a tensor or nested array [n, h, w(, c)], or those with a caption each. */
export type CellExamples = unknown;

/** Options of show.heatmap. */
export interface HeatmapOptions {
  title?: string | undefined;
  /** One label per column (alias: colLabels). */
  xLabels?: unknown[] | undefined;
  /** One label per row (alias: rowLabels). */
  yLabels?: unknown[] | undefined;
  colLabels?: unknown[] | undefined;
  rowLabels?: unknown[] | undefined;
  /** What the columns are, e.g. "predicted digit". */
  xLabel?: string | undefined;
  /** What the rows are, e.g. "true digit". */
  yLabel?: string | undefined;
  /** The images behind each cell: (row, column) => images, or examples[row][column]. */
  examples?: ((row: number, column: number) => CellExamples) | CellExamples[][] | undefined;
}

/** Runs `fn` so that the tensors it creates are freed when it returns (tf.tidy in the kernel). */
export type Scoped = (fn: () => void) => void;

const runDirectly: Scoped = (fn) => fn();

/** Reads the matrix and options into a heatmap message without its id. */
export function readHeatmap(matrix: unknown, options: HeatmapOptions, scoped: Scoped = runDirectly): Omit<HeatmapMessage, 'kind' | 'id'> {
  const input = readNumeric(matrix, 'show.heatmap');
  if (!input || input.shape.length !== 2) throw new TypeError(displayMessages.heatmapShape(describeInput(matrix)));
  const [totalRows = 0, totalColumns = 0] = input.shape;
  const rows = Math.min(totalRows, MAX_HEATMAP_SIDE);
  const columns = Math.min(totalColumns, MAX_HEATMAP_SIDE);
  const values = new Float64Array(rows * columns);
  for (let r = 0; r < rows; r++) values.set(input.values.subarray(r * totalColumns, r * totalColumns + columns), r * columns);
  const labelsOf = (option: string, given: unknown[] | undefined, length: number, total: number, what: 'rows' | 'columns') => {
    if (given !== undefined && (!Array.isArray(given) || given.length !== total)) {
      throw new TypeError(displayMessages.heatmapLabelCount(option, Array.isArray(given) ? given.length : 0, total, what));
    }
    return Array.from({ length }, (_, i) => (given?.[i] === undefined ? String(i) : primitiveText(given[i])));
  };
  const [xOption, xGiven] = options.colLabels !== undefined ? ['colLabels', options.colLabels] : ['xLabels', options.xLabels];
  const [yOption, yGiven] = options.rowLabels !== undefined ? ['rowLabels', options.rowLabels] : ['yLabels', options.yLabels];
  const message: Omit<HeatmapMessage, 'kind' | 'id'> = {
    title: options.title ?? '',
    rows,
    columns,
    values,
    xLabels: labelsOf(xOption, xGiven, columns, totalColumns, 'columns'),
    yLabels: labelsOf(yOption, yGiven, rows, totalRows, 'rows'),
  };
  if (options.xLabel) message.xTitle = String(options.xLabel);
  if (options.yLabel) message.yTitle = String(options.yLabel);
  if (options.examples !== undefined && options.examples !== null) message.examples = readExamples(options.examples, rows, columns, scoped);
  return message;
}

/** Evaluates the examples of every shown cell into one block of RGBA images. */
function readExamples(examples: NonNullable<HeatmapOptions['examples']>, rows: number, columns: number, scoped: Scoped): HeatmapExamples {
  const cellOf =
    typeof examples === 'function'
      ? examples
      : Array.isArray(examples)
        ? (row: number, column: number) => examples[row]?.[column]
        : undefined;
  if (!cellOf) throw new TypeError(displayMessages.heatmapExamplesType(describeInput(examples)));
  const offsets = new Int32Array(rows * columns + 1);
  const totals = new Int32Array(rows * columns);
  const chunks: Uint8ClampedArray[] = [];
  const captions: string[] = [];
  let size: [number, number] | undefined;
  let pixelsKept = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const k = r * columns + c;
      scoped(() => {
        let given: unknown;
        try {
          given = cellOf(r, c);
        } catch (error) {
          throw new Error(displayMessages.heatmapExamplesThrew(r, c, error instanceof Error ? error.message : primitiveText(error)));
        }
        const cell = readCell(given, r, c);
        if (!cell) return;
        if (size && (size[0] !== cell.height || size[1] !== cell.width)) {
          throw new TypeError(displayMessages.heatmapExampleSize(r, c, cell.height, cell.width, size[0], size[1]));
        }
        size ??= [cell.height, cell.width];
        totals[k] = cell.count;
        const perImage = cell.height * cell.width;
        const room = perImage === 0 ? 0 : Math.floor((MAX_EXAMPLE_PIXELS - pixelsKept) / perImage);
        const kept = Math.max(0, Math.min(cell.count, MAX_EXAMPLES_PER_CELL, room));
        if (kept > 0) {
          chunks.push(toRgba(cell.values, kept * perImage, cell.channels));
          for (let i = 0; i < kept; i++) captions.push(cell.captions[i] ?? '');
          pixelsKept += kept * perImage;
        }
        offsets[k + 1] = kept;
      });
      offsets[k + 1] = (offsets[k] ?? 0) + (offsets[k + 1] ?? 0);
    }
  }
  const pixels = new Uint8ClampedArray(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    pixels.set(chunk, at);
    at += chunk.length;
  }
  return { height: size?.[0] ?? 0, width: size?.[1] ?? 0, offsets, totals, pixels, captions };
}

/** One cell's examples read: null for none (undefined, null or an empty array). */
function readCell(given: unknown, row: number, column: number) {
  if (given === undefined || given === null || (Array.isArray(given) && given.length === 0)) return null;
  const withCaptions = typeof given === 'object' && !Array.isArray(given) && 'images' in given;
  const images = withCaptions ? given.images : given;
  const captions = withCaptions ? readLabels((given as { captions?: unknown }).captions, 'show.heatmap') : [];
  if (Array.isArray(images) && images.length === 0) return null;
  const input = readImages(images);
  const shape = input?.shape ?? [];
  const channels = shape.length === 3 ? 1 : (shape[3] ?? 0);
  if (!input || (shape.length !== 3 && shape.length !== 4) || (channels !== 1 && channels !== 3)) {
    throw new TypeError(displayMessages.heatmapExampleImages(row, column, describeInput(images)));
  }
  const [count = 0, height = 0, width = 0] = shape;
  return { count, height, width, channels, values: input.values, captions };
}
