/**
 * A heatmap as a table: row and column headers, each cell coloured on a sequential scale and
 * annotated with its value, so the numbers are there for everyone (and for screen readers).
 * Large matrices keep the values for screen readers only, as small coloured squares.
 */
import { element, visuallyHidden } from './dom';
import { displayMessages, formatShort } from '../../display/messages';
import { heatColor, textOn } from './palette';
import type { HeatmapMessage } from '../../display/protocol';

/** Above this many columns, values are not drawn in the cells (too small to read). */
export const ANNOTATE_MAX_COLUMNS = 20;

/** Builds the figure for a heatmap message. */
export function renderHeatmap(message: HeatmapMessage): HTMLElement {
  const { rows, columns, values, xLabels, yLabels } = message;
  const title = message.title || displayMessages.defaultHeatmapTitle();
  const figure = element('figure', { className: 'out-heatmap', attributes: { 'aria-label': displayMessages.heatmapName(title) } });
  let min = Infinity;
  let max = -Infinity;
  let maxIndex = 0;
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) return;
    min = Math.min(min, v);
    if (v > max) [max, maxIndex] = [v, i];
  });
  if (min > max) [min, max] = [0, 0];
  const dense = columns > ANNOTATE_MAX_COLUMNS;
  const table = element('table', { className: dense ? 'out-heatmap-table out-heatmap-dense' : 'out-heatmap-table' });
  if (message.title) table.append(element('caption', { text: message.title }));
  const headRow = element('tr');
  headRow.append(element('td'));
  for (const label of xLabels) headRow.append(element('th', { text: label, attributes: { scope: 'col' } }));
  const head = element('thead');
  head.append(headRow);
  const body = element('tbody');
  for (let r = 0; r < rows; r++) {
    const tr = element('tr');
    tr.append(element('th', { text: yLabels[r] ?? String(r), attributes: { scope: 'row' } }));
    for (let c = 0; c < columns; c++) {
      const value = values[r * columns + c] ?? NaN;
      const rgb = heatColor(max > min ? (value - min) / (max - min) : 0.5);
      const td = element('td');
      td.style.backgroundColor = `rgb(${rgb.join(',')})`;
      td.style.color = textOn(rgb);
      const text = formatShort(value);
      if (dense) td.append(visuallyHidden(text));
      else td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(head, body);
  const wrap = element('div', { className: 'out-table-wrap' });
  wrap.append(table);
  const maxRow = yLabels[Math.floor(maxIndex / Math.max(1, columns))] ?? '0';
  const maxColumn = xLabels[maxIndex % Math.max(1, columns)] ?? '0';
  figure.append(wrap, visuallyHidden(displayMessages.heatmapSummary(rows, columns, min, max, maxRow, maxColumn)));
  return figure;
}
