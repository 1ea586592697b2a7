/**
 * A grid of small images, one pixelated canvas each, with an optional caption under each. A
 * captioned image is named by its caption (role img), so screen readers read the gallery image by
 * image; an uncaptioned grid is left to the summary.
 */
import { element, visuallyHidden } from './dom';
import { displayMessages } from '../../display/messages';
import type { ImagesMessage } from '../../display/protocol';

/** Images are drawn at least this many CSS pixels on their longer side. */
const MIN_DISPLAY_SIZE = 48;

/** Builds the figure for an images message. */
export function renderImageGrid(message: ImagesMessage): HTMLElement {
  const title = message.title || displayMessages.defaultImagesTitle();
  const figure = element('figure', { className: 'out-images', attributes: { 'aria-label': displayMessages.imagesName(title) } });
  if (message.title) figure.append(element('figcaption', { className: 'out-caption', text: message.title }));
  const { count, height, width, columns, pixels, labels } = message;
  const scale = Math.max(1, Math.ceil(MIN_DISPLAY_SIZE / Math.max(1, height, width)));
  const captioned = labels.some((label) => label !== '');
  const grid = element('div', { className: 'out-image-grid', attributes: captioned ? { role: 'list' } : { 'aria-hidden': 'true' } });
  grid.style.gridTemplateColumns = `repeat(${Math.min(columns, Math.max(1, count))}, max-content)`;
  const bytesPerImage = height * width * 4;
  for (let i = 0; i < count; i++) {
    const cell = element('div', { className: 'out-image', attributes: captioned ? { role: 'listitem' } : {} });
    const label = labels[i];
    const named = captioned ? { role: 'img', 'aria-label': label || displayMessages.imageUncaptioned(i + 1) } : {};
    const canvas = element('canvas', { attributes: { width: String(width), height: String(height), ...named } });
    canvas.style.width = `${width * scale}px`;
    canvas.style.height = `${height * scale}px`;
    const context = canvas.getContext('2d');
    if (context && typeof ImageData === 'function' && bytesPerImage > 0) {
      const bytes = pixels.slice(i * bytesPerImage, (i + 1) * bytesPerImage);
      context.putImageData(new ImageData(bytes, width, height), 0, 0);
    }
    cell.append(canvas);
    if (label !== undefined)
      cell.append(element('span', { className: 'out-image-label', text: label, attributes: captioned ? { 'aria-hidden': 'true' } : {} }));
    grid.append(cell);
  }
  figure.append(grid, visuallyHidden(displayMessages.imagesSummary(count, height, width, labels)));
  if (message.total > count)
    figure.append(element('p', { className: 'out-note', text: displayMessages.imagesCapped(count, message.total) }));
  return figure;
}
