/** The text blocks of the Output: console lines, the output-cap note, errors and notices. */
import { element, visuallyHidden } from './dom';
import { displayMessages } from '../../display/messages';
import type { ConsoleLine, ErrorMessage, NoticeMessage } from '../../display/protocol';

/** One console line, styled by level; warnings and errors say so in words too. */
export function renderConsoleLine(line: ConsoleLine): HTMLElement {
  const node = element('div', { className: `out-line out-${line.level}` });
  const prefix = displayMessages.levelPrefix(line.level);
  if (prefix) node.append(visuallyHidden(prefix));
  node.append(line.parts.join(' '));
  return node;
}

/** The note that stands for lines past the cap. */
export function renderSuppressedNote(): HTMLElement {
  return element('p', { className: 'out-note out-suppressed' });
}

/** An error: name and message, the cell line when known, and any detail below. */
export function renderError(message: ErrorMessage): HTMLElement {
  const block = element('div', { className: 'out-error' });
  const summary = element('p', { className: 'out-error-summary' });
  summary.append(element('strong', { text: message.name }), `: ${message.message}`);
  if (message.line !== undefined) {
    summary.append(' ', element('span', { className: 'out-where', text: displayMessages.errorLocation(message.line, message.column) }));
  }
  block.append(summary);
  if (message.detail) block.append(element('pre', { className: 'out-detail', text: message.detail }));
  return block;
}

/** A notice from the runtime (stop, time limit, leak report). */
export function renderNotice(message: NoticeMessage): HTMLElement {
  return element('p', { className: `out-notice out-notice-${message.level}`, text: message.text });
}
