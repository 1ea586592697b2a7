/**
 * A file offered from the Output (`models.save(model, 'downloads://name')`): a link named for
 * what it downloads ("Download digits model") whose href is a blob: URL of the bytes the kernel
 * sent, with the file's name in its download attribute, and a line saying what it holds. The
 * URL lives until the Output is cleared (the caller revokes it then).
 */
import { element } from './dom';
import type { DownloadMessage } from '../../display/protocol';

/** The link block and the object URL it holds. */
export interface DownloadView {
  element: HTMLElement;
  url: string;
}

/** Builds the download link for a download message. */
export function renderDownload(message: DownloadMessage): DownloadView {
  const url = URL.createObjectURL(new Blob([message.bytes.slice().buffer], { type: message.mimeType }));
  const block = element('p', { className: 'out-download' });
  const link = element('a', { className: 'out-download-link', text: message.label, attributes: { href: url, download: message.fileName } });
  block.append(link, element('span', { className: 'out-note', text: message.description }));
  return { element: block, url };
}
