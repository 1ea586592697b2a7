/**
 * A code cell with plain (unhighlighted) code as HTML, from the one builder in cell-tree.ts: what
 * CodeCell.astro writes into a page and what the unit tests use as a fixture. Build-time and
 * test-only: the page bundle never imports this file (nor hast-util-to-html).
 */
import { toHtml } from 'hast-util-to-html';
import type { Locale } from '../../i18n/locales';
import { cellTree, plainCodeBlock, type CellPlace } from './cell-tree';

/** The HTML of a cell showing `code` as plain text, its names in `locale` (the current one by default). */
export function cellHtml(place: CellPlace, code: string, locale?: Locale): string {
  return toHtml(cellTree(place, plainCodeBlock(code), locale));
}
