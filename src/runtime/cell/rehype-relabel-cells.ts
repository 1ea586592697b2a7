/**
 * A rehype plugin that gives every code cell of a rendered page the names of one language
 * (relabelCell in cell-tree.ts): the markdown pipeline writes cells in the build's language, and
 * a page of another language (an English lesson on its /zh-cn/ address, a translated lesson)
 * passes its own. Build-time only.
 */
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Locale } from '../../i18n/locales';
import { isCellRoot, relabelCell } from './cell-tree';

export interface RelabelCellsOptions {
  /** The language of the page the cells are shown on. */
  locale: Locale;
}

export function rehypeRelabelCells({ locale }: RelabelCellsOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (!isCellRoot(node)) return undefined;
      relabelCell(node, locale);
      return SKIP;
    });
  };
}
