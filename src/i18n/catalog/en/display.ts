/**
 * Every learner-facing text of the cell Output: notes, progress labels, chart names and their
 * text summaries, and the errors `show.*` throws for wrong input (pinned by
 * test/runtime/display/messages.test.ts). The accessible names of the displays are part of the
 * accessibility contract; the line and bar chart summaries are what lesson claims read.
 */
import { plural } from '../../plural';
import { formatBarValue, formatElapsedTime, formatGlanceTime, formatShort, grouped } from '../runtime-units';

const formatDuration = (ms: number) => formatGlanceTime(ms, 'en');
const formatElapsed = (ms: number) => formatElapsedTime(ms, 'en');
/** "3 classes", "1 bin": a count written as it is (not grouped), with the word it takes. */
const counted = (n: number, one: string, other: string) => `${n} ${plural(n, { one, other }, 'en')}`;

/** The texts, by purpose; functions take what varies. */
export const displayMessages = {
  /** The note that replaces lines past the per-run output cap. */
  suppressed: (count: number, total: number) =>
    `${plural(count, { one: '# more line', other: '# more lines' }, 'en')} not shown (${grouped(total)} printed in all). Print less often, e.g. every 100th step, to see everything.`,
  /** Appended to a console line cut at the length limit. */
  lineClipped: (characters: number) => ` … (${grouped(characters)} more characters not shown)`,
  /** Read before warning and error lines by screen readers (the colour says it to everyone else). */
  levelPrefix: (level: 'log' | 'info' | 'warn' | 'error' | 'debug'): string =>
    level === 'warn' ? 'Warning: ' : level === 'error' ? 'Error: ' : '',
  /** Where in the cell an error happened. */
  errorLocation: (line: number, column?: number) => (column === undefined ? `(line ${line})` : `(line ${line}, column ${column})`),
  /** A progress bar's label while it runs. */
  progressRunning: (label: string, percent: number, etaMs: number | null) =>
    `${label}: ${percent}% — ${etaMs === null ? 'estimating time left' : `about ${formatDuration(etaMs)} left`}`,
  /** A progress bar's label once done. */
  progressDone: (label: string, elapsedMs: number) => `${label}: done in ${formatElapsed(elapsedMs)}`,
  /** Label of the progress bar that `model.fit` and `show.fitCallbacks` drive. */
  trainingLabel: () => 'Training',
  /** That label once the epoch count is known. */
  trainingEpoch: (epoch: number, epochs: number) => `Training — epoch ${epoch} of ${epochs}`,
  /** Default label of `show.progress`. */
  progressDefaultLabel: () => 'Progress',
  /** Accessible names of the displays. */
  lineChartName: (title: string) => `Line chart: ${title}`,
  scatterName: (title: string) => `Scatter plot: ${title}`,
  imagesName: (title: string) => `Image grid: ${title}`,
  heatmapName: (title: string) => `Heatmap: ${title}`,
  latencyName: (title: string) => `Latency chart: ${title}`,
  barsName: (title: string) => `Bar chart: ${title}`,
  /** Titles used when the learner gives none. */
  defaultLineTitle: () => 'Line chart',
  defaultFitTitle: () => 'Training',
  defaultScatterTitle: () => 'Scatter plot',
  defaultImagesTitle: () => 'Images',
  defaultHeatmapTitle: () => 'Heatmap',
  defaultLatencyTitle: () => 'Latency',
  /** The x axis of a line chart when the learner names none, and of the chart model.fit draws. */
  defaultXLabel: () => 'step',
  fitXLabel: () => 'epoch',
  /** Axis labels of the latency chart. */
  latencyAxis: () => 'latency (ms, log scale)',
  latencyCdfAxis: () => 'share answered within',
  latencyHistogramAxis: () => 'share of requests',
  /** The text summary of a latency chart. */
  latencySummary: (
    view: 'cdf' | 'histogram',
    series: readonly string[],
    percentiles: ReadonlyArray<{ p50: number; p99: number; max: number }>,
  ) =>
    `Latency ${view === 'cdf' ? 'CDF' : 'histogram'} of ${counted(series.length, 'run', 'runs')}: ${series
      .map((name, i) => {
        const p = percentiles[i];
        return p ? `${name} p50 ${formatShort(p.p50)} ms, p99 ${formatShort(p.p99)} ms, max ${formatShort(p.max)} ms` : name;
      })
      .join('; ')}.`,
  defaultBarsTitle: () => 'Bar chart',
  /** The visually hidden text summary of a line chart, for screen readers. */
  lineSummary: (series: readonly string[], points: number, last: ReadonlyArray<number | null>) =>
    points === 0
      ? `No points yet for ${series.join(', ')}.`
      : `${plural(points, { one: '# point', other: '# points' }, 'en')}. Latest: ${series
          .map((name, i) => `${name} ${last[i] === null || last[i] === undefined ? 'none' : formatShort(last[i])}`)
          .join(', ')}.`,
  /** The text summary of a scatter plot. */
  scatterSummary: (points: number, classes: number) =>
    `${plural(points, { one: '# point', other: '# points' }, 'en')}${classes > 0 ? ` in ${counted(classes, 'class', 'classes')}` : ''}.`,
  /** The text summary of an image grid. */
  imagesSummary: (count: number, height: number, width: number, labels: readonly string[]) =>
    `${plural(count, { one: '# image', other: '# images' }, 'en')} of ${height} × ${width} pixels${labels.length ? `, labelled ${labels.slice(0, 20).join(', ')}${labels.length > 20 ? ', …' : ''}` : ''}.`,
  /** The text summary of a heatmap. */
  heatmapSummary: (rows: number, columns: number, min: number, max: number, maxRow: string, maxColumn: string) =>
    `${rows} × ${columns} values from ${formatShort(min)} to ${formatShort(max)}; the largest is at row ${maxRow}, column ${maxColumn}.`,
  /** The text summary of a bar chart: every bar's value, then the largest and the smallest. */
  barsSummary: (yLabel: string, labels: readonly string[], values: ArrayLike<number>) => {
    if (labels.length === 0) return 'No bars.';
    const shown = (i: number) => `${labels[i]} ${formatBarValue(values[i] ?? 0)}`;
    let largest = 0;
    let smallest = 0;
    for (let i = 1; i < labels.length; i++) {
      if ((values[i] ?? 0) > (values[largest] ?? 0)) largest = i;
      if ((values[i] ?? 0) < (values[smallest] ?? 0)) smallest = i;
    }
    const count = `${plural(labels.length, { one: '# bar', other: '# bars' }, 'en')}${yLabel ? ` of ${yLabel}` : ''}`;
    return `${count}: ${labels.map((_, i) => shown(i)).join(', ')}. Largest: ${shown(largest)}; smallest: ${shown(smallest)}.`;
  },
  /** Under a capped table or image grid. */
  tableCapped: (shown: number, total: number) => `Showing the first ${grouped(shown)} of ${grouped(total)} rows.`,
  barsCapped: (shown: number, total: number) => `Showing the first ${grouped(shown)} of ${grouped(total)} bars.`,
  imagesCapped: (shown: number, total: number) => `Showing the first ${grouped(shown)} of ${grouped(total)} images.`,
  heatmapCapped: (rows: number, columns: number, totalRows: number, totalColumns: number) =>
    `Showing the first ${rows} × ${columns} of ${totalRows} × ${totalColumns} values.`,
  /** Shown while the charting library loads, and when it cannot. */
  chartLoading: () => 'Loading chart…',
  chartFailed: (reason: string) => `The chart could not be drawn: ${reason}`,

  /** Errors thrown to learner code for wrong input to `show.*`. */
  lineNoSeries: () => "show.line needs at least one series name, e.g. show.line({ title: 'Loss', series: ['loss'] }).",
  lineUnknownSeries: (name: string, series: readonly string[]) =>
    `show.line: "${name}" is not a series of this chart. Its series are: ${series.join(', ')}. Add it to series when you create the chart.`,
  linePushShape: (series: readonly string[]) =>
    `show.line: push takes an object with one value per series, e.g. chart.push({ ${series.map((name) => `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`}: 0.5`).join(', ')} }).`,
  lineBadValue: (name: string, received: string) =>
    `show.line: the value for "${name}" must be a number or a scalar tensor, but it is ${received}.`,
  scatterShape: (received: string) =>
    `show.scatter needs points of shape [n, 2] (a tensor or an array of [x, y] pairs), but got ${received}.`,
  scatterLabels: (labels: number, points: number) =>
    `show.scatter got ${labels} labels for ${points} points. Pass one class number per point.`,
  imagesShape: (received: string) =>
    `show.images needs a tensor of shape [n, height, width], [n, height, width, 1] or [n, height, width, 3], but got ${received}.`,
  tableRows: (received: string) => `show.table needs an array of rows (objects or arrays), but got ${received}.`,
  heatmapShape: (received: string) =>
    `show.heatmap needs a matrix: a rank-2 tensor or an array of equal-length number arrays, but got ${received}.`,
  barsRows: (received: string) =>
    `show.bars needs a non-empty array of rows, e.g. show.bars([{ name: 'float32', bytes: 1200 }, { name: 'int8', bytes: 330 }], { x: 'name', y: 'bytes' }), but got ${received}.`,
  barsColumn: (option: 'x' | 'y', column: string, columns: readonly string[]) =>
    `show.bars: option ${option} names the column "${column}", but the first row has no such column. Its columns are: ${columns.join(', ') || 'none'}.`,
  barsNoValueColumn: (columns: readonly string[]) =>
    `show.bars: no column of numbers to draw among ${columns.join(', ') || 'no columns'}. Name one with the y option, e.g. { x: 'name', y: 'bytes' }.`,
  barsValue: (row: number, column: string, received: string) =>
    `show.bars: row ${row} has ${received} in "${column}"; each bar needs a finite number (or a scalar tensor).`,
  lineLogValue: (axis: 'x' | 'y', name: string, value: number) =>
    `show.line: this chart has a log ${axis} axis (log${axis.toUpperCase()}: true), which cannot show ${formatShort(value)}${axis === 'y' ? ` (series "${name}")` : ''}. Push values above 0, or drop log${axis.toUpperCase()}.`,
  latencyInput: (received: string) =>
    `show.latency needs a load test result (from load.open or load.closed), its histogram, or an array of them, but got ${received}.`,
  latencyEmpty: (name: string) => `show.latency: run "${name}" has no answered requests to draw. Check its errors and statuses.`,
  latencyView: (received: string) => `show.latency: view must be 'cdf' or 'histogram', but got ${received}.`,
  progressTotal: (received: string) =>
    `show.progress needs a total greater than 0, e.g. show.progress({ total: 100 }), but got ${received}.`,
  disposedInput: (helper: string) => `${helper} got a tensor that was already disposed. Show it before you dispose it.`,

  /** Heatmap cells with examples: names, the panel below, and wrong input. */
  heatmapCellName: (yTitle: string, rowLabel: string, xTitle: string, columnLabel: string, value: string, images: number | null) =>
    `${yTitle || 'row'} ${rowLabel}, ${xTitle || 'column'} ${columnLabel}: ${value}${images === null ? '' : `; ${plural(images, { one: '# image', other: '# images' }, 'en')}`}`,
  heatmapExamplesHint: () => 'Choose a cell (click it, or move with the arrow keys and press Enter) to see its examples below.',
  heatmapExamplesTitle: (yTitle: string, rowLabel: string, xTitle: string, columnLabel: string) =>
    `Examples: ${yTitle || 'row'} ${rowLabel}, ${xTitle || 'column'} ${columnLabel}`,
  heatmapNoExamples: () => 'No examples in this cell.',
  heatmapExamplesCapped: (shown: number, total: number) => `Showing ${grouped(shown)} of the ${grouped(total)} examples in this cell.`,
  heatmapLabelCount: (option: string, given: number, wanted: number, what: 'rows' | 'columns') =>
    `show.heatmap: ${option} has ${counted(given, 'label', 'labels')}, but the matrix has ${wanted} ${what}. Pass one label per ${what === 'rows' ? 'row' : 'column'}.`,
  heatmapExamplesType: (received: string) =>
    `show.heatmap: examples must be a function (row, column) => images, or an array with one array of images per row, but got ${received}.`,
  heatmapExampleImages: (row: number, column: number, received: string) =>
    `show.heatmap: the examples of row ${row}, column ${column} must be images of shape [n, height, width] (or [n, height, width, 1 or 3]), { images, captions }, or an empty array, but got ${received}.`,
  heatmapExampleSize: (row: number, column: number, height: number, width: number, firstHeight: number, firstWidth: number) =>
    `show.heatmap: the examples of row ${row}, column ${column} are ${height} × ${width} pixels, but earlier ones are ${firstHeight} × ${firstWidth}. Give every cell images of one size.`,
  heatmapExamplesThrew: (row: number, column: number, message: string) => `show.heatmap: examples(${row}, ${column}) threw: ${message}`,

  /** The accessible name of an image without a caption in a captioned gallery. */
  imageUncaptioned: (position: number) => `Image ${position}`,

  /** The reliability diagram. */
  reliabilityName: (title: string) => `Reliability diagram: ${title}`,
  defaultReliabilityTitle: () => 'Reliability',
  reliabilityXAxis: () => 'confidence',
  reliabilityYAxis: () => 'accuracy',
  reliabilitySummary: (ece: number, total: number, bins: number) =>
    `ECE ${ece.toFixed(3)} over ${plural(total, { one: '# prediction', other: '# predictions' }, 'en')} in ${counted(bins, 'bin', 'bins')}.`,
  reliabilityBin: (from: number, to: number, count: number, confidence: number, accuracy: number) =>
    count === 0
      ? `Confidence ${formatShort(from)}–${formatShort(to)}: no predictions.`
      : `Confidence ${formatShort(from)}–${formatShort(to)}: ${plural(count, { one: '# prediction', other: '# predictions' }, 'en')}, mean confidence ${confidence.toFixed(3)}, accuracy ${accuracy.toFixed(3)}.`,
  reliabilityInput: (received: string) =>
    `show.reliability needs { confidences, correct } (one confidence from 0 to 1 and one true/false per prediction) or { probabilities, labels } (one row of class probabilities and one class per prediction), but got ${received}.`,
  reliabilityLengths: (first: string, firstLength: number, second: string, secondLength: number) =>
    `show.reliability: ${first} has ${firstLength} entries but ${second} has ${secondLength}. Pass one of each per prediction.`,
  reliabilityConfidence: (index: number, value: number) =>
    `show.reliability: confidence ${index} is ${formatShort(value)}; every confidence must be a number from 0 to 1 (a probability, not a logit).`,
  reliabilityBins: (received: string) => `show.reliability: bins must be a whole number from 1 to 100, but got ${received}.`,
  reliabilityEmpty: () => 'show.reliability needs at least one prediction.',

  /** The drawing pad. */
  drawPadName: (title: string) => `Drawing pad: ${title}`,
  defaultDrawPadTitle: () => 'Drawing pad',
  drawPadCanvasName: (size: number) => `Drawing area, ${size} × ${size} cells`,
  drawPadHelp: () =>
    'Draw with the mouse or a finger. With the keyboard: the arrow keys move the pen, Space inks or clears the cell under it, P puts the pen down (it inks as it moves) or lifts it, Delete clears.',
  drawPadClear: () => 'Clear drawing',
  drawPadPen: (row: number, column: number, down: boolean, inked: number, cells: number) =>
    `Pen at row ${row + 1}, column ${column + 1}, ${down ? 'down' : 'up'}; ${grouped(inked)} of ${grouped(cells)} cells inked.`,
  drawPadWaiting: () => 'Draw something to see what onChange returns.',
  drawPadResultTitle: () => 'onChange result',
  drawPadStopped: () => 'This drawing pad stopped with its kernel. Run the cell again to draw.',
  drawPadCallbackFailed: (name: string, message: string) => `onChange threw ${name}: ${message}`,
  drawPadSize: (received: string) =>
    `show.drawPad: size must be a whole number from 4 to 64 (e.g. 8 for the digits, 28 for MNIST), but got ${received}.`,
  drawPadOnChange: (received: string) =>
    `show.drawPad: onChange must be a function (pixels, pad) => result, e.g. onChange: (pixels) => predict(pixels), but got ${received}.`,
  drawPadStroke: (received: string) =>
    `pad.stroke needs an array of [column, row] points in cells (0 … size − 1), e.g. pad.stroke([[3, 1], [3, 6]]) for a vertical line, but got ${received}.`,
  /** What a screen reader calls the drawing area (its aria-roledescription). */
  drawPadRole: () => 'drawing pad',

  /** Words in console printouts of values (src/runtime/kernel/display/format-value.ts, format-tensor.ts). */
  consoleMoreItems: (count: number) => `… ${counted(count, 'more item', 'more items')}`,
  consoleMoreKeys: (count: number) => `… ${counted(count, 'more key', 'more keys')}`,
  tensorDisposed: (header: string) => `${header} (disposed)`,
  tensorNotReadable: (header: string, reason: string) => `${header} (values not readable: ${reason})`,
  /** A model on one line: "Sequential 'sequential_1' (2 layers, 1,234 parameters)"; `params` null before it is built. */
  modelSummary: (className: string, name: string, layers: number, params: number | null) =>
    `${className} '${name}' (${counted(layers, 'layer', 'layers')}, ${params === null ? 'not built yet' : plural(params, { one: '# parameter', other: '# parameters' }, 'en')})`,

  /** What a wrong input to `show.*` was, for the "but got …" of the errors above. */
  receivedTensor: (shape: readonly number[]) => `a tensor of shape [${shape.join(', ')}]`,
  receivedArray: (length: number) => `an array of length ${length}`,
  receivedEmptyArray: () => 'an empty array',
  receivedObject: () => 'an object',
  receivedNull: () => 'null',
  /** A string, number, boolean, function…: its type and how it prints, e.g. "number 3". */
  receivedPrimitive: (type: string, text: string) => `${type} ${text}`,
};
