/**
 * A code cell in the test document, written by the one builder the site uses
 * (src/runtime/cell/cell-html.ts), so the fixtures cannot drift from the real markup.
 */
import { cellHtml } from '../../../src/runtime/cell/cell-html';
import { cellSelector } from '../../../src/runtime/cell/cell-selectors';
import { CellView } from '../../../src/runtime/page/cell-view';

/** Appends cell `id` (1-based `index` on the page) showing `code` to the body, and returns its root. */
export function mountCellRoot(id: string, code: string, index = 1): HTMLElement {
  document.body.insertAdjacentHTML('beforeend', cellHtml({ id, index }, code));
  const roots = document.body.querySelectorAll<HTMLElement>(cellSelector.cell);
  const root = roots[roots.length - 1];
  if (!root) throw new Error(`cellHtml wrote no element matching ${cellSelector.cell}`);
  return root;
}

/** Appends cell `id` showing `code` to the body, taken over by a CellView. */
export function mountCell(id: string, code: string, index = 1): CellView {
  return new CellView(mountCellRoot(id, code, index));
}
