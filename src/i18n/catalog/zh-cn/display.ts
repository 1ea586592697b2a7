/** 单元格“输出”的全部文字（简体中文）：键与 ../en/display.ts 一一对应。 */
import type * as en from '../en/display';
import { spaced } from '../cjk-spacing';
import { formatBarValue, formatElapsedTime, formatGlanceTime, formatShort, grouped } from '../runtime-units';

const formatDuration = (ms: number) => formatGlanceTime(ms, 'zh-cn');
const formatElapsed = (ms: number) => formatElapsedTime(ms, 'zh-cn');
const BUT_GOT = '，但收到的是';

export const displayMessages: typeof en.displayMessages = {
  suppressed: (count: number, total: number) =>
    `另有 ${grouped(count)} 行没有显示（共打印了 ${grouped(total)} 行）。请减少打印次数，例如每 100 步打印一次，就能看到全部输出。`,
  lineClipped: (characters: number) => ` …（还有 ${grouped(characters)} 个字符没有显示）`,
  levelPrefix: (level) => (level === 'warn' ? '警告：' : level === 'error' ? '错误：' : ''),
  errorLocation: (line: number, column?: number) => (column === undefined ? `（第 ${line} 行）` : `（第 ${line} 行，第 ${column} 列）`),
  progressRunning: (label: string, percent: number, etaMs: number | null) =>
    `${label}：${percent}% — ${etaMs === null ? '正在估算剩余时间' : `大约还需 ${formatDuration(etaMs)}`}`,
  progressDone: (label: string, elapsedMs: number) => `${label}：完成，用时 ${formatElapsed(elapsedMs)}`,
  trainingLabel: () => '训练',
  trainingEpoch: (epoch: number, epochs: number) => `训练 — 第 ${epoch} 轮（共 ${epochs} 轮）`,
  progressDefaultLabel: () => '进度',
  lineChartName: (title: string) => `折线图：${title}`,
  scatterName: (title: string) => `散点图：${title}`,
  imagesName: (title: string) => `图像网格：${title}`,
  heatmapName: (title: string) => `热力图：${title}`,
  latencyName: (title: string) => `延迟图：${title}`,
  barsName: (title: string) => `柱状图：${title}`,
  defaultLineTitle: () => '折线图',
  defaultFitTitle: () => '训练',
  defaultScatterTitle: () => '散点图',
  defaultImagesTitle: () => '图像',
  defaultHeatmapTitle: () => '热力图',
  defaultLatencyTitle: () => '延迟',
  defaultXLabel: () => '步数',
  fitXLabel: () => '轮次',
  latencyAxis: () => '延迟（毫秒，对数刻度）',
  latencyCdfAxis: () => '在此时间内得到响应的比例',
  latencyHistogramAxis: () => '请求所占比例',
  latencySummary: (view, series, percentiles) =>
    `${view === 'cdf' ? '延迟 CDF' : '延迟直方图'}，共 ${series.length} 次运行：${series
      .map((name, i) => {
        const p = percentiles[i];
        return p ? `${name} p50 ${formatShort(p.p50)} 毫秒，p99 ${formatShort(p.p99)} 毫秒，最大 ${formatShort(p.max)} 毫秒` : name;
      })
      .join('；')}。`,
  defaultBarsTitle: () => '柱状图',
  lineSummary: (series, points, last) =>
    points === 0
      ? `${series.join('、')} 还没有数据点。`
      : `${grouped(points)} 个数据点。最新值：${series
          .map((name, i) => `${name} ${last[i] === null || last[i] === undefined ? '无' : formatShort(last[i])}`)
          .join('，')}。`,
  scatterSummary: (points: number, classes: number) => `${grouped(points)} 个点${classes > 0 ? `，分为 ${classes} 类` : ''}。`,
  imagesSummary: (count, height, width, labels) =>
    `${grouped(count)} 张 ${height} × ${width} 像素的图像${labels.length ? `，标签为 ${labels.slice(0, 20).join('、')}${labels.length > 20 ? '、…' : ''}` : ''}。`,
  heatmapSummary: (rows, columns, min, max, maxRow, maxColumn) =>
    `${rows} × ${columns} 个值，范围从 ${formatShort(min)} 到 ${formatShort(max)}；最大值位于行 ${maxRow}、列 ${maxColumn}。`,
  barsSummary: (yLabel, labels, values) => {
    if (labels.length === 0) return '没有柱形。';
    const shown = (i: number) => `${labels[i]} ${formatBarValue(values[i] ?? 0)}`;
    let largest = 0;
    let smallest = 0;
    for (let i = 1; i < labels.length; i++) {
      if ((values[i] ?? 0) > (values[largest] ?? 0)) largest = i;
      if ((values[i] ?? 0) < (values[smallest] ?? 0)) smallest = i;
    }
    const count = `${grouped(labels.length)} 个柱形${yLabel ? `（${yLabel}）` : ''}`;
    return `${count}：${labels.map((_, i) => shown(i)).join('，')}。最大：${shown(largest)}；最小：${shown(smallest)}。`;
  },
  tableCapped: (shown: number, total: number) => `只显示前 ${grouped(shown)} 行，共 ${grouped(total)} 行。`,
  barsCapped: (shown: number, total: number) => `只显示前 ${grouped(shown)} 个柱形，共 ${grouped(total)} 个。`,
  imagesCapped: (shown: number, total: number) => `只显示前 ${grouped(shown)} 张图像，共 ${grouped(total)} 张。`,
  heatmapCapped: (rows, columns, totalRows, totalColumns) => `只显示前 ${rows} × ${columns} 个值，共 ${totalRows} × ${totalColumns} 个。`,
  chartLoading: () => '正在加载图表…',
  chartFailed: (reason: string) => `无法绘制图表：${reason}`,

  lineNoSeries: () => "show.line 至少需要一个序列名，例如 show.line({ title: 'Loss', series: ['loss'] })。",
  lineUnknownSeries: (name, series) =>
    `show.line："${name}" 不是这个图表的序列。它的序列有：${series.join(', ')}。请在创建图表时把它加进 series。`,
  linePushShape: (series) =>
    `show.line：push 接受一个对象，每个序列对应一个值，例如 chart.push({ ${series.map((name) => `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`}: 0.5`).join(', ')} })。`,
  lineBadValue: (name, received) => `show.line："${name}" 的值必须是数字或标量张量，但它是${spaced(received)}。`,
  scatterShape: (received) => `show.scatter 需要形状为 [n, 2] 的点（张量，或由 [x, y] 对组成的数组）${BUT_GOT}${spaced(received)}。`,
  scatterLabels: (labels, points) => `show.scatter 收到了 ${labels} 个标签，却有 ${points} 个点。请为每个点传入一个类别编号。`,
  imagesShape: (received) =>
    `show.images 需要形状为 [n, height, width]、[n, height, width, 1] 或 [n, height, width, 3] 的张量${BUT_GOT}${spaced(received)}。`,
  tableRows: (received) => `show.table 需要由行（对象或数组）组成的数组${BUT_GOT}${spaced(received)}。`,
  heatmapShape: (received) => `show.heatmap 需要一个矩阵：二阶张量，或由等长数字数组组成的数组${BUT_GOT}${spaced(received)}。`,
  barsRows: (received) =>
    `show.bars 需要一个非空的行数组，例如 show.bars([{ name: 'float32', bytes: 1200 }, { name: 'int8', bytes: 330 }], { x: 'name', y: 'bytes' })${BUT_GOT}${spaced(received)}。`,
  barsColumn: (option, column, columns) =>
    `show.bars：选项 ${option} 指定了列 "${column}"，但第一行没有这一列。它的列有：${columns.join(', ') || '（无）'}。`,
  barsNoValueColumn: (columns) =>
    `show.bars：在 ${columns.join(', ') || '（没有列）'} 中找不到可以绘制的数字列。请用 y 选项指定一列，例如 { x: 'name', y: 'bytes' }。`,
  barsValue: (row, column, received) =>
    `show.bars：第 ${row} 行的 "${column}" 是${spaced(received)}；每个柱形都需要一个有限的数字（或标量张量）。`,
  lineLogValue: (axis, name, value) =>
    `show.line：这个图表的 ${axis} 轴是对数轴（log${axis.toUpperCase()}: true），无法显示 ${formatShort(value)}${axis === 'y' ? `（序列 "${name}"）` : ''}。请推入大于 0 的值，或去掉 log${axis.toUpperCase()}。`,
  latencyInput: (received) =>
    `show.latency 需要一个负载测试的结果（来自 load.open 或 load.closed）、它的直方图，或由它们组成的数组${BUT_GOT}${spaced(received)}。`,
  latencyEmpty: (name) => `show.latency：运行 "${name}" 没有任何得到响应的请求可以绘制。请检查它的错误和状态码。`,
  latencyView: (received) => `show.latency：view 必须是 'cdf' 或 'histogram'${BUT_GOT}${spaced(received)}。`,
  progressTotal: (received) => `show.progress 需要大于 0 的 total，例如 show.progress({ total: 100 })${BUT_GOT}${spaced(received)}。`,
  disposedInput: (helper) => `${helper} 收到了一个已经释放（dispose）的张量。请在释放之前显示它。`,

  heatmapCellName: (yTitle, rowLabel, xTitle, columnLabel, value, images) =>
    `${yTitle || '行'} ${rowLabel}，${xTitle || '列'} ${columnLabel}：${value}${images === null ? '' : `；${grouped(images)} 张图像`}`,
  heatmapExamplesHint: () => '选择一个格子（点击它，或用方向键移动后按 Enter），在下方查看其中的样本。',
  heatmapExamplesTitle: (yTitle, rowLabel, xTitle, columnLabel) => `样本：${yTitle || '行'} ${rowLabel}，${xTitle || '列'} ${columnLabel}`,
  heatmapNoExamples: () => '这个格子里没有样本。',
  heatmapExamplesCapped: (shown, total) => `显示这个格子中 ${grouped(total)} 个样本里的 ${grouped(shown)} 个。`,
  heatmapLabelCount: (option, given, wanted, what) =>
    `show.heatmap：${option} 有 ${given} 个标签，但矩阵有 ${wanted} ${what === 'rows' ? '行' : '列'}。请为每${what === 'rows' ? '行' : '列'}传入一个标签。`,
  heatmapExamplesType: (received) =>
    `show.heatmap：examples 必须是函数 (row, column) => images，或每行一个图像数组组成的数组${BUT_GOT}${spaced(received)}。`,
  heatmapExampleImages: (row, column, received) =>
    `show.heatmap：第 ${row} 行、第 ${column} 列的样本必须是形状为 [n, height, width]（或 [n, height, width, 1 或 3]）的图像、{ images, captions } 或空数组${BUT_GOT}${spaced(received)}。`,
  heatmapExampleSize: (row, column, height, width, firstHeight, firstWidth) =>
    `show.heatmap：第 ${row} 行、第 ${column} 列的样本是 ${height} × ${width} 像素，但之前的样本是 ${firstHeight} × ${firstWidth} 像素。请让每个格子的图像大小一致。`,
  heatmapExamplesThrew: (row, column, message) => `show.heatmap：examples(${row}, ${column}) 抛出了错误：${message}`,

  imageUncaptioned: (position: number) => `图像 ${position}`,

  reliabilityName: (title: string) => `可靠性图：${title}`,
  defaultReliabilityTitle: () => '可靠性',
  reliabilityXAxis: () => '置信度',
  reliabilityYAxis: () => '准确率',
  reliabilitySummary: (ece, total, bins) => `ECE ${ece.toFixed(3)}，基于 ${grouped(total)} 个预测，分为 ${bins} 个区间。`,
  reliabilityBin: (from, to, count, confidence, accuracy) =>
    count === 0
      ? `置信度 ${formatShort(from)}–${formatShort(to)}：没有预测。`
      : `置信度 ${formatShort(from)}–${formatShort(to)}：${grouped(count)} 个预测，平均置信度 ${confidence.toFixed(3)}，准确率 ${accuracy.toFixed(3)}。`,
  reliabilityInput: (received) =>
    `show.reliability 需要 { confidences, correct }（每个预测一个 0 到 1 之间的置信度和一个 true/false）或 { probabilities, labels }（每个预测一行类别概率和一个类别）${BUT_GOT}${spaced(received)}。`,
  reliabilityLengths: (first, firstLength, second, secondLength) =>
    `show.reliability：${first} 有 ${firstLength} 项，而 ${second} 有 ${secondLength} 项。请为每个预测各传入一项。`,
  reliabilityConfidence: (index, value) =>
    `show.reliability：置信度 ${index} 是 ${formatShort(value)}；每个置信度都必须是 0 到 1 之间的数字（是概率，不是 logit）。`,
  reliabilityBins: (received) => `show.reliability：bins 必须是 1 到 100 之间的整数${BUT_GOT}${spaced(received)}。`,
  reliabilityEmpty: () => 'show.reliability 至少需要一个预测。',

  drawPadName: (title: string) => `画板：${title}`,
  defaultDrawPadTitle: () => '画板',
  drawPadCanvasName: (size: number) => `绘图区，${size} × ${size} 个格子`,
  drawPadHelp: () =>
    '用鼠标或手指绘画。使用键盘时：方向键移动画笔，空格键给画笔下的格子涂色或清除，P 键落下画笔（移动时会涂色）或抬起画笔，Delete 键清空。',
  drawPadClear: () => '清空画板',
  drawPadPen: (row, column, down, inked, cells) =>
    `画笔位于第 ${row + 1} 行、第 ${column + 1} 列，${down ? '已落下' : '已抬起'}；${grouped(cells)} 个格子中已涂 ${grouped(inked)} 个。`,
  drawPadWaiting: () => '画点什么，看看 onChange 返回什么。',
  drawPadResultTitle: () => 'onChange 的结果',
  drawPadStopped: () => '这个画板已随内核一起停止。请重新运行单元格再绘画。',
  drawPadCallbackFailed: (name, message) => `onChange 抛出了 ${name}：${message}`,
  drawPadSize: (received) => `show.drawPad：size 必须是 4 到 64 之间的整数（例如数字用 8，MNIST 用 28）${BUT_GOT}${spaced(received)}。`,
  drawPadOnChange: (received) =>
    `show.drawPad：onChange 必须是函数 (pixels, pad) => result，例如 onChange: (pixels) => predict(pixels)${BUT_GOT}${spaced(received)}。`,
  drawPadStroke: (received) =>
    `pad.stroke 需要一个以格子为单位的 [column, row] 点数组（0 … size − 1），例如 pad.stroke([[3, 1], [3, 6]]) 画一条竖线${BUT_GOT}${spaced(received)}。`,
  drawPadRole: () => '画板',

  consoleMoreItems: (count) => `… 还有 ${count} 项`,
  consoleMoreKeys: (count) => `… 还有 ${count} 个键`,
  tensorDisposed: (header) => `${header}（已释放）`,
  tensorNotReadable: (header, reason) => `${header}（无法读取数值：${reason}）`,
  modelSummary: (className, name, layers, params) =>
    `${className} '${name}'（${layers} 层，${params === null ? '尚未构建' : `${grouped(params)} 个参数`}）`,

  receivedTensor: (shape) => `形状为 [${shape.join(', ')}] 的张量`,
  receivedArray: (length) => `长度为 ${length} 的数组`,
  receivedEmptyArray: () => '空数组',
  receivedObject: () => '一个对象',
  receivedNull: () => '空值 null',
  receivedPrimitive: (type, text) => `类型为 ${type} 的值 ${text}`,
};
