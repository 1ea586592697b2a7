/**
 * A reliability diagram as a small SVG: one bar per confidence bin, as tall as the bin's
 * accuracy, against the dashed diagonal of perfect calibration (bars under it: overconfident).
 * The ECE is written under it for everyone; screen readers also get every bin in words.
 */
import { element, visuallyHidden } from './dom';
import { displayMessages } from '../../display/messages';
import { seriesColor } from './palette';
import type { ReliabilityMessage } from '../../display/protocol';

const SVG = 'http://www.w3.org/2000/svg';
/** Plot side and margins, in SVG units (the figure scales to its width). */
const SIDE = 200;
const LEFT = 40;
const BOTTOM = 34;
const TOP = 8;
const RIGHT = 8;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Builds the figure for a reliability message. */
export function renderReliability(message: ReliabilityMessage): HTMLElement {
  const { counts, confidence, accuracy } = message;
  const bins = counts.length;
  const figure = element('figure', {
    className: 'out-reliability',
    attributes: { 'aria-label': displayMessages.reliabilityName(message.title) },
  });
  figure.append(element('figcaption', { className: 'out-caption', text: message.title }));
  const x = (v: number) => LEFT + v * SIDE;
  const y = (v: number) => TOP + (1 - v) * SIDE;
  const plot = svg('svg', {
    viewBox: `0 0 ${LEFT + SIDE + RIGHT} ${TOP + SIDE + BOTTOM}`,
    class: 'out-reliability-plot',
    'aria-hidden': 'true',
  });
  plot.append(svg('rect', { x: x(0), y: y(1), width: SIDE, height: SIDE, class: 'out-reliability-frame' }));
  for (let b = 0; b < bins; b++) {
    if ((counts[b] ?? 0) === 0) continue;
    const height = (accuracy[b] ?? 0) * SIDE;
    plot.append(
      svg('rect', {
        x: x(b / bins) + 1,
        y: y(0) - height,
        width: SIDE / bins - 2,
        height,
        fill: seriesColor(0),
        class: 'out-reliability-bar',
      }),
    );
  }
  plot.append(svg('line', { x1: x(0), y1: y(0), x2: x(1), y2: y(1), class: 'out-reliability-diagonal' }));
  for (const tick of [0, 0.5, 1]) {
    plot.append(svg('text', { x: x(tick), y: y(0) + 14, 'text-anchor': 'middle', class: 'out-reliability-tick' }, String(tick)));
    plot.append(svg('text', { x: x(0) - 4, y: y(tick) + 4, 'text-anchor': 'end', class: 'out-reliability-tick' }, String(tick)));
  }
  plot.append(
    svg('text', { x: x(0.5), y: y(0) + 30, 'text-anchor': 'middle', class: 'out-reliability-axis' }, displayMessages.reliabilityXAxis()),
  );
  plot.append(
    svg(
      'text',
      { x: 12, y: y(0.5), 'text-anchor': 'middle', transform: `rotate(-90 12 ${y(0.5)})`, class: 'out-reliability-axis' },
      displayMessages.reliabilityYAxis(),
    ),
  );
  const binsText = Array.from(counts, (count, b) =>
    displayMessages.reliabilityBin(b / bins, (b + 1) / bins, count, confidence[b] ?? 0, accuracy[b] ?? 0),
  ).join(' ');
  figure.append(
    plot,
    element('p', { className: 'out-reliability-summary', text: displayMessages.reliabilitySummary(message.ece, message.total, bins) }),
    visuallyHidden(binsText),
  );
  return figure;
}
