/**
 * A bar chart as plain DOM: one row per bar (its name, a bar as long as its value relative to the
 * largest, the value written out), so it needs no chart library and reads on a phone. The figure
 * is named "Bar chart: <title>"; the drawn rows are hidden from screen readers, which read the
 * summary (every value, the largest and the smallest) instead.
 */
import { element } from './dom';
import { displayMessages, formatBarValue } from '../../display/messages';
import type { BarsMessage } from '../../display/protocol';

/** Builds the figure for a bars message. */
export function renderBars(message: BarsMessage): HTMLElement {
  const { labels, values } = message;
  const figure = element('figure', { className: 'out-bars', attributes: { 'aria-label': displayMessages.barsName(message.title) } });
  figure.append(element('figcaption', { className: 'out-caption', text: message.title }));
  const largest = Math.max(0, ...Array.from(values, Math.abs));
  const rows = element('div', { className: 'out-bars-rows', attributes: { 'aria-hidden': 'true' } });
  if (message.yLabel) rows.append(element('div', { className: 'out-bars-axis', text: message.yLabel }));
  labels.forEach((label, i) => {
    const value = values[i] ?? 0;
    const row = element('div', { className: 'out-bars-row' });
    const track = element('span', { className: 'out-bars-track' });
    const bar = element('span', { className: value < 0 ? 'out-bar out-bar-negative' : 'out-bar' });
    bar.style.width = `${largest === 0 ? 0 : (Math.abs(value) / largest) * 100}%`;
    track.append(bar);
    row.append(
      element('span', { className: 'out-bars-label', text: label }),
      track,
      element('span', { className: 'out-bars-value', text: formatBarValue(value) }),
    );
    rows.append(row);
  });
  figure.append(
    rows,
    element('p', { className: 'out-visually-hidden', text: displayMessages.barsSummary(message.yLabel, labels, values) }),
  );
  if (message.total > labels.length) {
    figure.append(element('p', { className: 'out-note', text: displayMessages.barsCapped(labels.length, message.total) }));
  }
  return figure;
}
