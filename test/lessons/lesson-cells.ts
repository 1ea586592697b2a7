import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkDirective from 'remark-directive';
import type { Code } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { splitFrontmatter } from '../../src/authoring/frontmatter';
import { cellIdOf, isRunnableCode } from '../../src/markdown/run-cell-meta';

/** One ```js run cell of a lesson, as the site numbers it. */
export interface LessonCell {
  /** The author's id=…, else `cell-N` (the same id the built page uses). */
  id: string;
  /** 1-based position among the lesson's runnable cells. */
  index: number;
  /** The cell's source, exactly as the learner sees it. */
  code: string;
  /** Whether the cell sits inside a :::theory layer (a numerical check of a derivation). */
  inTheory: boolean;
  /** Line in the lesson file where the fence starts (the body keeps the file's line numbers). */
  line: number;
}

/** Extracts a lesson's runnable cells in page order, parsing the markdown like the site does. */
export function lessonCells(path: string): LessonCell[] {
  const source = readFileSync(path, 'utf8');
  const { body } = splitFrontmatter(source);
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDirective).parse(body);
  const cells: LessonCell[] = [];
  visitParents(tree, 'code', (node: Code, ancestors) => {
    if (!isRunnableCode(node)) return;
    const index = cells.length + 1;
    cells.push({
      id: cellIdOf(node, index),
      index,
      code: node.value,
      inTheory: ancestors.some((a) => a.type === 'containerDirective' && (a as { name?: string }).name === 'theory'),
      line: node.position?.start.line ?? 0,
    });
  });
  return cells;
}
