/**
 * A lesson rendered once shows its cells in another page's language: relabelled, a cell is the
 * cell the builder would have written in that language, code and all (so the runtime and the
 * e2e specs find the same parts, by the other language's names).
 */
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { cellTree, plainCodeBlock, relabelCell } from '../../../src/runtime/cell/cell-tree';
import { rehypeRelabelCells } from '../../../src/runtime/cell/rehype-relabel-cells';

const CODE = 'const answer = 6 * 7;\nconsole.log(answer);';
const place = { id: 'answer', index: 2 };
const texts = (node: Element): string[] =>
  node.children.flatMap((child) => (child.type === 'text' ? [child.value] : child.type === 'element' ? texts(child) : []));

describe('a cell in another language', () => {
  it('is built with the names of the language asked for', () => {
    const zh = cellTree(place, plainCodeBlock(CODE), 'zh-cn');
    expect(zh.properties['ariaLabel']).toBe('代码单元格 2');
    expect(texts(zh)).toEqual(['运行', '停止', '重置', '分享', '尚未运行', CODE]);
    const en = cellTree(place, plainCodeBlock(CODE), 'en');
    expect(en.properties['ariaLabel']).toBe('Code cell 2');
    expect(texts(en)).toEqual(['Run', 'Stop', 'Reset', 'Share', 'Not run yet', CODE]);
  });

  it('relabelled, is the cell the builder writes in that language, and back', () => {
    const cell = cellTree(place, plainCodeBlock(CODE), 'en');
    relabelCell(cell, 'zh-cn');
    expect(cell).toEqual(cellTree(place, plainCodeBlock(CODE), 'zh-cn'));
    relabelCell(cell, 'en');
    expect(cell).toEqual(cellTree(place, plainCodeBlock(CODE), 'en'));
  });

  it('is relabelled wherever it sits in a page, and nothing else is touched', () => {
    const prose: Element = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Run it.' }] };
    const tree: Root = {
      type: 'root',
      children: [prose, { type: 'element', tagName: 'div', properties: {}, children: [cellTree(place, plainCodeBlock(CODE), 'en')] }],
    };
    rehypeRelabelCells({ locale: 'zh-cn' })(tree);
    expect(prose.children).toEqual([{ type: 'text', value: 'Run it.' }]);
    const wrapper = tree.children[1] as Element;
    expect(wrapper.children[0]).toEqual(cellTree(place, plainCodeBlock(CODE), 'zh-cn'));
  });
});
