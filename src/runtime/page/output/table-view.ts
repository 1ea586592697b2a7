/** A real <table> with a caption and column headers, in a wrapper that scrolls sideways. */
import { element } from './dom';
import { displayMessages } from '../../display/messages';
import type { TableMessage } from '../../display/protocol';

/** Builds the table for a table message. */
export function renderTable(message: TableMessage): HTMLElement {
  const wrapper = element('div', { className: 'out-table-wrap' });
  const table = element('table', { className: 'out-table' });
  if (message.title) table.append(element('caption', { text: message.title }));
  const headRow = element('tr');
  for (const column of message.columns) headRow.append(element('th', { text: column, attributes: { scope: 'col' } }));
  const body = element('tbody');
  for (const row of message.rows) {
    const tr = element('tr');
    for (const cell of row) tr.append(element('td', { text: cell }));
    body.append(tr);
  }
  const head = element('thead');
  head.append(headRow);
  table.append(head, body);
  wrapper.append(table);
  if (message.totalRows > message.rows.length) {
    wrapper.append(element('p', { className: 'out-note', text: displayMessages.tableCapped(message.rows.length, message.totalRows) }));
  }
  return wrapper;
}
