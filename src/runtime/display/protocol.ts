/**
 * The messages a cell's code sends to its Output: console lines, charts, images, tables,
 * heatmaps, progress bars, errors and notices. The worker side (learner-display.ts) produces
 * them, the page side (output-view.ts) renders them. Every message survives structured clone:
 * plain data and typed arrays only, never functions or tensors.
 *
 * Messages that create something carry an `id` (unique within one kernel); later messages with
 * the same id update it in place.
 */
export { isDisplayMessage } from './is-display-message';

/** The console method a line came from; decides its style in the Output. */
export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

/** One console call, already formatted in the worker. */
export interface ConsoleLine {
  /** Which console method printed it. */
  level: ConsoleLevel;
  /**
   * The call's arguments, each formatted to text (strings as they are, tensors as a printout
   * with shape, dtype and values). The Output joins them with a space, as a console does.
   */
  parts: string[];
}

/** A batch of console lines, in the order they were printed. */
export interface ConsoleMessage {
  kind: 'console';
  /** The lines, oldest first. */
  lines: ConsoleLine[];
}

/** Lines that the run printed past its output cap and that are not shown. */
export interface SuppressedMessage {
  kind: 'suppressed';
  /** How many lines were left out so far in this run. */
  count: number;
  /** How many lines the run printed in all, shown or not. */
  total: number;
}

/** A new live line chart (`show.line`, `show.fitCallbacks`). */
export interface LineCreateMessage {
  kind: 'line-create';
  /** Chart id; `line-points` messages with the same id add to it. */
  id: string;
  /** Title shown above the chart and used in its accessible name. */
  title: string;
  /** Names of the lines, one per series, in legend order. */
  series: string[];
  /** Label of the x axis (default "step"). */
  xLabel: string;
  /** Label of the y axis; empty for none. */
  yLabel: string;
  /** Draw the x axis on a log scale (every x > 0). Absent: linear. */
  logX?: boolean;
  /** Draw the y axis on a log scale (every value > 0). Absent: linear. */
  logY?: boolean;
}

/** One point of a line chart: an x value and one y per series (null where a series has no value). */
export interface LinePoint {
  /** The x value. */
  x: number;
  /** One value per series, in the chart's series order; null leaves a gap. */
  y: Array<number | null>;
}

/** New points for an existing line chart, oldest first. */
export interface LinePointsMessage {
  kind: 'line-points';
  /** The chart the points belong to. */
  id: string;
  /** The points to append. */
  points: LinePoint[];
}

/** A scatter plot of 2-D points, coloured by class (`show.scatter`). */
export interface ScatterMessage {
  kind: 'scatter';
  /** Chart id. */
  id: string;
  /** Title shown above the plot and used in its accessible name. */
  title: string;
  /** Label of the x axis. */
  xLabel: string;
  /** Label of the y axis. */
  yLabel: string;
  /** x coordinate of each point. */
  x: Float64Array;
  /** y coordinate of each point (same length as x). */
  y: Float64Array;
  /** Class of each point (same length as x), or null when the points have no classes. */
  labels: Int32Array | null;
}

/** A grid of small images (`show.images`). */
export interface ImagesMessage {
  kind: 'images';
  /** Grid id. */
  id: string;
  /** Title shown above the grid; empty for none. */
  title: string;
  /** Number of images in `pixels`. */
  count: number;
  /** Height of each image in pixels. */
  height: number;
  /** Width of each image in pixels. */
  width: number;
  /** Images per row. */
  columns: number;
  /** RGBA bytes of all images one after the other: count × height × width × 4. */
  pixels: Uint8ClampedArray;
  /** A caption under each image, or an empty array for none. */
  labels: string[];
  /** How many images the learner passed (more than `count` when the grid was capped). */
  total: number;
}

/** A table of rows (`show.table`). */
export interface TableMessage {
  kind: 'table';
  /** Table id. */
  id: string;
  /** Caption of the table; empty for none. */
  title: string;
  /** Column headers. */
  columns: string[];
  /** Cell texts, one array per row, in column order. */
  rows: string[][];
  /** How many rows the learner passed (more than rows.length when the table was capped). */
  totalRows: number;
}

/** A matrix shown as coloured, annotated cells (`show.heatmap`), e.g. a confusion matrix. */
export interface HeatmapMessage {
  kind: 'heatmap';
  /** Heatmap id. */
  id: string;
  /** Caption; empty for none. */
  title: string;
  /** Number of rows. */
  rows: number;
  /** Number of columns. */
  columns: number;
  /** The values row by row: rows × columns numbers. */
  values: Float64Array;
  /** Column labels (one per column). */
  xLabels: string[];
  /** Row labels (one per row). */
  yLabels: string[];
  /** What the columns are, e.g. "predicted digit", written along the top. Absent: none. */
  xTitle?: string;
  /** What the rows are, e.g. "true digit", written along the side. Absent: none. */
  yTitle?: string;
  /** Example images behind each cell, shown below the heatmap when the cell is chosen. Absent: none. */
  examples?: HeatmapExamples;
}

/**
 * The images behind a heatmap's cells, sent with the heatmap (the page cannot call learner code):
 * cell k = row × columns + column holds images offsets[k] … offsets[k + 1] − 1.
 */
export interface HeatmapExamples {
  /** Height of each image in pixels. */
  height: number;
  /** Width of each image in pixels. */
  width: number;
  /** rows × columns + 1 ascending offsets into the images, starting at 0. */
  offsets: Int32Array;
  /** How many examples each cell has in all (more than it shows when capped): rows × columns counts. */
  totals: Int32Array;
  /** RGBA bytes of all images, cell after cell: offsets[last] × height × width × 4. */
  pixels: Uint8ClampedArray;
  /** One caption per image (empty strings for none). */
  captions: string[];
}

/** A reliability diagram (`show.reliability`): accuracy per confidence bin against the diagonal. */
export interface ReliabilityMessage {
  kind: 'reliability';
  /** Diagram id. */
  id: string;
  /** Title shown above the diagram and used in its accessible name. */
  title: string;
  /** Predictions in each equal-width confidence bin from 0 to 1 (its length is the bin count). */
  counts: Int32Array;
  /** Mean confidence of each bin's predictions (0 for an empty bin). */
  confidence: Float64Array;
  /** Share of each bin's predictions that were right (0 for an empty bin). */
  accuracy: Float64Array;
  /** Expected calibration error: Σ (bin count / total) × |accuracy − confidence|. */
  ece: number;
  /** Predictions in all. */
  total: number;
}

/** A drawing pad (`show.drawPad`): the learner draws, the kernel calls the cell's onChange. */
export interface DrawPadCreateMessage {
  kind: 'drawpad-create';
  /** Pad id; the page's input requests and the kernel's updates name it. */
  id: string;
  /** Title shown above the pad and used in its accessible name. */
  title: string;
  /** Cells per side: the drawing is size × size values from 0 (blank) to 1 (ink). */
  size: number;
}

/** The kernel replaced a pad's drawing (`pad.stroke`, `pad.clear`). */
export interface DrawPadSetMessage {
  kind: 'drawpad-set';
  /** The pad. */
  id: string;
  /** size × size values from 0 to 1, row by row. */
  pixels: Float32Array;
}

/** What the pad's onChange returned for the latest drawing, shown under the pad in place of the last. */
export interface DrawPadResultMessage {
  kind: 'drawpad-result';
  /** The pad. */
  id: string;
  /** 'error' when onChange threw (text says what), 'ok' otherwise. */
  status: 'ok' | 'error';
  /** A text to show (a returned string or number, or the error); empty when the result is bars. */
  text: string;
  /** Names of the returned values, one per bar (empty for a text result). */
  labels: string[];
  /** The returned values, drawn as bars (same length as labels). */
  values: Float64Array;
}

/** A bar chart of one value per named row (`show.bars`), e.g. model sizes. */
export interface BarsMessage {
  kind: 'bars';
  /** Chart id. */
  id: string;
  /** Title shown above the bars and used in their accessible name. */
  title: string;
  /** What the bars are (the rows' name column), e.g. "model". */
  xLabel: string;
  /** What their lengths measure (the value column), e.g. "bytes". */
  yLabel: string;
  /** One name per bar, in the learner's order. */
  labels: string[];
  /** One finite value per bar (same length as labels). */
  values: Float64Array;
  /** How many rows the learner passed (more than labels.length when the chart was capped). */
  total: number;
}

/** A file the learner can download from the Output (`models.save(model, 'downloads://name')`). */
export interface DownloadMessage {
  kind: 'download';
  /** Download id. */
  id: string;
  /** The link's text and accessible name, e.g. "Download digits model". */
  label: string;
  /** The name the file is saved under, e.g. "digits.zip". */
  fileName: string;
  /** Its media type, e.g. "application/zip". */
  mimeType: string;
  /** The file's bytes. */
  bytes: Uint8Array;
  /** A line under the link: what the file holds and how big it is. */
  description: string;
}

/** The Experiment log panel under `log.compare`'s table: export and import of the lesson's log (src/runtime/page/log/). */
export interface LogPanelMessage {
  kind: 'log-panel';
  /** Panel id. */
  id: string;
  /** The lesson whose log the panel exports and imports into. */
  lesson: string;
}

/** The latency distribution of one or more load tests (`show.latency`), on a log latency axis. */
export interface LatencyMessage {
  kind: 'latency';
  /** Chart id. */
  id: string;
  /** Title shown above the chart and used in its accessible name. */
  title: string;
  /** 'cdf': the share of requests answered within each latency; 'histogram': the share in each log-spaced bin. */
  view: 'cdf' | 'histogram';
  /** One name per run, in legend order. */
  series: string[];
  /** The latencies in ms (ascending, all > 0) at which each run's shares are given: the x axis. */
  xMs: Float64Array;
  /** series.length × xMs.length shares from 0 to 1, run after run. */
  values: Float64Array;
  /** p50, p99 and max of each run in ms, for the text summary. */
  percentiles: Array<{ p50: number; p99: number; max: number }>;
}

/** A new progress bar (`show.progress`, `show.fitCallbacks`, automatic for `model.fit`). */
export interface ProgressCreateMessage {
  kind: 'progress-create';
  /** Progress id; updates with the same id move it. */
  id: string;
  /** What is in progress, e.g. "Training". */
  label: string;
  /** How many steps make 100 %. */
  total: number;
}

/** A progress bar moved. */
export interface ProgressUpdateMessage {
  kind: 'progress-update';
  /** The progress bar. */
  id: string;
  /** Steps done so far (0 … total). */
  done: number;
  /** Steps in all (may change, e.g. when training learns its batch count). */
  total: number;
  /** Estimated time left in milliseconds, from the rate so far; null while unknown. */
  etaMs: number | null;
  /** A new label, e.g. "Training — epoch 3 of 10"; absent keeps the current one. */
  label?: string;
}

/** A progress bar finished. */
export interface ProgressDoneMessage {
  kind: 'progress-done';
  /** The progress bar. */
  id: string;
  /** How long it took from creation to done, in milliseconds. */
  elapsedMs: number;
}

/** An error that ended the run (or a cell's call), shown with its line in the cell when known. */
export interface ErrorMessage {
  kind: 'error';
  /** The error's name, e.g. "TypeError". */
  name: string;
  /** The error's message. */
  message: string;
  /** 1-based line in the cell's code, when known. */
  line?: number;
  /** 1-based column in that line, when known. */
  column?: number;
  /** More text shown under the message, e.g. the raw stack or a hint. */
  detail?: string;
}

/** A remark from the runtime: a stop, a time limit, a leak report. */
export interface NoticeMessage {
  kind: 'notice';
  /** 'warn' for something the learner should act on, 'info' otherwise. */
  level: 'info' | 'warn';
  /** The remark, in full sentences. */
  text: string;
}

/** The verdict of one `test(name, fn)` of the cell; verdicts in a row form one list in the Output. */
export interface TestResultMessage {
  kind: 'test-result';
  /** Decides the verdict's style; the text says it in words too. */
  status: 'passed' | 'failed' | 'timed-out';
  /** The verdict in words: "✓ shape: passed", "✗ shape: failed. <why>" (src/runtime/testing/expect-messages.ts). */
  text: string;
}

/** Everything a cell's Output can show. */
export type DisplayMessage =
  | ConsoleMessage
  | SuppressedMessage
  | LineCreateMessage
  | LinePointsMessage
  | ScatterMessage
  | ImagesMessage
  | TableMessage
  | HeatmapMessage
  | LatencyMessage
  | BarsMessage
  | ReliabilityMessage
  | DrawPadCreateMessage
  | DrawPadSetMessage
  | DrawPadResultMessage
  | DownloadMessage
  | LogPanelMessage
  | ProgressCreateMessage
  | ProgressUpdateMessage
  | ProgressDoneMessage
  | ErrorMessage
  | NoticeMessage
  | TestResultMessage;

/** The `kind` of each message. */
export type DisplayMessageKind = DisplayMessage['kind'];
