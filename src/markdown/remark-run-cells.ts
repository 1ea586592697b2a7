import type { Root, Code } from 'mdast';
import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { authoringMessages } from '../content/authoring-messages';
import { CELL_ID, explicitCellId, isRunnableCode } from './run-cell-meta';
import { report, type PluginOptions } from './report';

const button = (action: string, label: string): ElementContent => ({
  type: 'element',
  tagName: 'button',
  properties: { type: 'button', dataAction: action, disabled: true, className: ['cell-button', `cell-${action}`] },
  children: [{ type: 'text', value: label }],
});

/**
 * Turns every ```js run fence into a code cell: the highlighted code (Shiki still sees a plain
 * `js` fence), the cell's Run/Stop/Reset buttons, its status and its Output region. Buttons stay
 * disabled until the browser runtime takes the cell over. Each cell gets a stable id: the
 * author's `id=…`, else `cell-N` by position.
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
      const id = given ?? `cell-${index}`;
      const line = node.position?.start.line ?? 0;
      const firstLine = firstLineOfId.get(id);
      if (firstLine !== undefined) report(file, node, authoringMessages.duplicateCellId(id, firstLine), options);
      firstLineOfId.set(id, line);

      const code: Code = { type: 'code', lang: 'js', meta: null, value: node.value, position: node.position };
      parent.children[position] = {
        type: 'runCell',
        data: {
          hName: 'section',
          hProperties: { className: ['cell'], dataCellId: id, dataCellIndex: index, ariaLabel: `Code cell ${index}` },
        },
        children: [
          {
            type: 'cellToolbar',
            data: {
              hName: 'div',
              hProperties: { className: ['cell-toolbar'] },
              hChildren: [
                button('run', 'Run'),
                button('stop', 'Stop'),
                button('reset', 'Reset'),
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { className: ['cell-status'], role: 'status' },
                  children: [{ type: 'text', value: 'Not run yet' }],
                },
              ],
            },
          },
          code,
          {
            type: 'cellOutput',
            data: {
              hName: 'div',
              hProperties: { className: ['cell-output'], role: 'log', ariaLabel: 'Output', ariaLive: 'polite' },
              hChildren: [],
            },
          },
        ],
      } as unknown as Code;
    });
  };
}
