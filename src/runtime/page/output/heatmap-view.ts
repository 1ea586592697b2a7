/**
 * A heatmap as a table: row and column headers, each cell coloured on a sequential scale and
 * annotated with its value, so the numbers are there for everyone (and for screen readers).
 * Large matrices keep the values for screen readers only, as small coloured squares. Axis titles
 * (what the rows and columns are) head the table. With examples, each cell is a button (one tab
 * stop; the arrow keys, Home and End move between cells) that shows the cell's images below.
 */
import { element, visuallyHidden } from './dom';
import { displayMessages, formatShort } from '../../display/messages';
import { heatColor, textOn } from './palette';
import type { HeatmapMessage } from '../../display/protocol';
import { renderImageGrid } from './image-grid-view';

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
  headRow.append(
    message.yTitle ? element('th', { className: 'out-heatmap-axis', text: message.yTitle, attributes: { scope: 'col' } }) : element('td'),
  );
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
      const target = message.examples ? cellButton(message, r, c, text) : td;
      if (dense) target.append(visuallyHidden(text));
      else target.textContent = text;
      if (target !== td) td.append(target);
      tr.append(td);
    }
    body.append(tr);
  }
  if (message.xTitle) {
    const axisRow = element('tr');
    axisRow.append(
      element('td'),
      element('th', { className: 'out-heatmap-axis', text: message.xTitle, attributes: { scope: 'colgroup', colspan: String(columns) } }),
    );
    head.prepend(axisRow);
  }
  table.append(head, body);
  const wrap = element('div', { className: 'out-table-wrap' });
  wrap.append(table);
  const maxRow = yLabels[Math.floor(maxIndex / Math.max(1, columns))] ?? '0';
  const maxColumn = xLabels[maxIndex % Math.max(1, columns)] ?? '0';
  figure.append(wrap, visuallyHidden(displayMessages.heatmapSummary(rows, columns, min, max, maxRow, maxColumn)));
  if (message.examples) figure.append(...examplesPanel(message, table));
  return figure;
}

/** One cell's button: named by its row, column, value and image count. */
function cellButton(message: HeatmapMessage, row: number, column: number, text: string): HTMLButtonElement {
  const k = row * message.columns + column;
  const images = message.examples?.totals[k] ?? 0;
  const name = displayMessages.heatmapCellName(
    message.yTitle ?? '',
    message.yLabels[row] ?? '',
    message.xTitle ?? '',
    message.xLabels[column] ?? '',
    text,
    images,
  );
  return element('button', {
    className: 'out-heatmap-cell',
    attributes: { type: 'button', 'aria-label': name, 'aria-pressed': 'false', tabindex: k === 0 ? '0' : '-1', 'data-cell': String(k) },
  });
}

/** The hint, the panel that shows a chosen cell's examples, and the listeners (two per heatmap) that fill it. */
function examplesPanel(message: HeatmapMessage, table: HTMLTableElement): HTMLElement[] {
  const examples = message.examples;
  const hint = element('p', { className: 'out-note', text: displayMessages.heatmapExamplesHint() });
  const panel = element('div', { className: 'out-heatmap-examples', attributes: { 'aria-live': 'polite' } });
  if (!examples) return [hint, panel];
  const buttons = Array.from(table.querySelectorAll<HTMLButtonElement>('button.out-heatmap-cell'));
  const choose = (k: number) => {
    const row = Math.floor(k / message.columns);
    const column = k % message.columns;
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset['cell'] === String(k)));
    const from = examples.offsets[k] ?? 0;
    const count = (examples.offsets[k + 1] ?? from) - from;
    const title = displayMessages.heatmapExamplesTitle(
      message.yTitle ?? '',
      message.yLabels[row] ?? '',
      message.xTitle ?? '',
      message.xLabels[column] ?? '',
    );
    if (count === 0) {
      panel.replaceChildren(
        element('p', { className: 'out-caption', text: title }),
        element('p', { text: displayMessages.heatmapNoExamples() }),
      );
      return;
    }
    const bytes = examples.height * examples.width * 4;
    panel.replaceChildren(
      renderImageGrid({
        kind: 'images',
        id: `${message.id}-examples`,
        title,
        count,
        height: examples.height,
        width: examples.width,
        columns: Math.min(count, 12),
        pixels: examples.pixels.slice(from * bytes, (from + count) * bytes),
        labels: examples.captions.slice(from, from + count),
        total: examples.totals[k] ?? count,
      }),
    );
  };
  const focusCell = (k: number) => {
    const next = buttons[k];
    if (!next) return;
    for (const button of buttons) button.tabIndex = button === next ? 0 : -1;
    next.focus();
  };
  table.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.('button.out-heatmap-cell');
    if (button instanceof HTMLButtonElement) choose(Number(button.dataset['cell']));
  });
  table.addEventListener('keydown', (event) => {
    const button = (event.target as Element | null)?.closest?.('button.out-heatmap-cell');
    if (!(button instanceof HTMLButtonElement)) return;
    const k = Number(button.dataset['cell']);
    const { rows, columns } = message;
    const row = Math.floor(k / columns);
    const column = k % columns;
    const moves: Record<string, number> = {
      ArrowLeft: row * columns + Math.max(0, column - 1),
      ArrowRight: row * columns + Math.min(columns - 1, column + 1),
      ArrowUp: Math.max(0, row - 1) * columns + column,
      ArrowDown: Math.min(rows - 1, row + 1) * columns + column,
      Home: row * columns,
      End: row * columns + columns - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusCell(target);
  });
  return [hint, panel];
}
