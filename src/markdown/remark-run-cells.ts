import type { Root, Code, RootContent } from 'mdast';
import type { Element, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { authoringMessages } from '../content/authoring-messages';
import { cellTree, type CellPlace } from '../runtime/cell/cell-tree';
import { CELL_ID, cellIdOf, explicitCellId, isRunnableCode } from './run-cell-meta';
import { report, type PluginOptions } from './report';

/** The mdast node that remark-rehype turns back into `part` as it is. */
function asMdast(part: ElementContent): RootContent {
  if (part.type === 'text') return { type: 'text', value: part.value };
  if (part.type !== 'element') {
    throw new Error(`cell-tree.ts put a ${part.type} node in a cell; remark-run-cells.ts carries only elements and text.`);
  }
  return {
    type: 'cellPart',
    data: { hName: part.tagName, hProperties: part.properties, hChildren: part.children },
  } as unknown as RootContent;
}

/**
 * The cell that cell-tree.ts builds, as mdast: the builder's own parts, with the fence's `code`
 * node in the code block's place, so that Shiki still highlights it.
 */
function cellNode(place: CellPlace, code: Code): RootContent {
  const slot: Element = { type: 'element', tagName: 'pre', properties: {}, children: [] };
  const section = cellTree(place, slot);
  return {
    type: 'runCell',
    data: { hName: section.tagName, hProperties: section.properties },
    children: section.children.map((child) => (child === slot ? code : asMdast(child))),
  } as unknown as RootContent;
}

/**
 * Turns every ```js run fence into a code cell (see src/runtime/cell/cell-tree.ts): the
 * highlighted code (Shiki still sees a plain `js` fence), the cell's Run/Stop/Reset buttons, its
 * status and its Output region. Each cell gets a stable id: the author's `id=…`, else `cell-N`
 * by position.
 */
export function remarkRunCells(options: PluginOptions = {}) {
  return (tree: Root, file: VFile) => {
    const firstLineOfId = new Map<string, number>();
    let index = 0;
    visit(tree, 'code', (node: Code, position, parent) => {
      if (!isRunnableCode(node) || !parent || position === undefined) return;
      index += 1;
      const given = explicitCellId(node);
      if (given !== undefined && !CELL_ID.test(given)) report(file, node, authoringMessages.badCellId(given), options);
      const id = cellIdOf(node, index);
      const line = node.position?.start.line ?? 0;
      const firstLine = firstLineOfId.get(id);
      if (firstLine !== undefined) report(file, node, authoringMessages.duplicateCellId(id, firstLine), options);
      firstLineOfId.set(id, line);

      const code: Code = { type: 'code', lang: 'js', meta: null, value: node.value, position: node.position };
      parent.children[position] = cellNode({ id, index }, code);
    });
  };
}
