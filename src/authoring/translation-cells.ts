/**
 * A translated lesson must run exactly what the English lesson runs: the same code cells, in the
 * same order, with the same fence lines and the same code. Only comments may be translated, so
 * cells are compared token by token (acorn's tokenizer drops comments and white space).
 */
import type { Code, Root } from 'mdast';
import { tokenizer, type Token } from 'acorn';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { cellIdOf, isRunnableCode } from '../markdown/run-cell-meta';
import { splitFrontmatter } from './frontmatter';

/** One runnable cell of a lesson file. */
export interface LessonCell {
  /** 1-based position among the file's runnable cells. */
  number: number;
  /** The cell's id on its page (its `id=…`, else `cell-N`). */
  id: string;
  /** 1-based line of the fence in the whole file. */
  line: number;
  /** The fence line after the backticks, e.g. "js run id=train". */
  fence: string;
  code: string;
}

/** The runnable cells of a lesson file (frontmatter and all), in order. */
export function lessonCells(source: string): LessonCell[] {
  const tree: Root = unified().use(remarkParse).parse(splitFrontmatter(source).body);
  const cells: LessonCell[] = [];
  visit(tree, 'code', (node: Code) => {
    if (!isRunnableCode(node)) return;
    const number = cells.length + 1;
    cells.push({
      number,
      id: cellIdOf(node, number),
      line: node.position?.start.line ?? 1,
      fence: [node.lang, node.meta].filter(Boolean).join(' '),
      code: node.value,
    });
  });
  return cells;
}

/** A code token as compared: its kind and text, and where it starts in the cell (1-based line). */
interface CodeToken {
  text: string;
  line: number;
}

/** The cell's code as tokens, comments and white space left out; null when it does not tokenize. */
function tokensOf(code: string): CodeToken[] | null {
  try {
    return [
      ...tokenizer(code, {
        ecmaVersion: 'latest',
        sourceType: 'module',
        allowAwaitOutsideFunction: true,
        allowReturnOutsideFunction: true,
        locations: true,
      }),
    ].map((token: Token) => ({ text: `${token.type.label} ${code.slice(token.start, token.end)}`, line: token.loc?.start.line ?? 1 }));
  } catch {
    return null;
  }
}

/** How a translated cell differs from the English one. */
export type CellDifference =
  | { kind: 'count'; english: number; translated: number }
  | { kind: 'fence'; cell: LessonCell; english: LessonCell }
  | { kind: 'code'; cell: LessonCell; english: LessonCell; line: number; englishLine: string; translatedLine: string };

const lineAt = (code: string, line: number) => (code.split('\n')[line - 1] ?? '').trim();

/** The first difference in code between two cells, or null when only comments and spacing differ. */
function codeDifference(english: LessonCell, cell: LessonCell): Extract<CellDifference, { kind: 'code' }> | null {
  const want = tokensOf(english.code);
  const got = tokensOf(cell.code);
  if (want && got) {
    const length = Math.max(want.length, got.length);
    for (let i = 0; i < length; i += 1) {
      const [wantToken, gotToken] = [want[i], got[i]];
      if (wantToken?.text === gotToken?.text) continue;
      // Where one cell has run out of tokens, its side of the message is "(nothing)".
      const gotLine = gotToken?.line ?? cell.code.split('\n').length;
      return {
        kind: 'code',
        cell,
        english,
        line: cell.line + gotLine,
        englishLine: wantToken ? lineAt(english.code, wantToken.line) : '',
        translatedLine: gotToken ? lineAt(cell.code, gotToken.line) : '',
      };
    }
    return null;
  }
  // Code that does not tokenize (the English cell's own problem, reported by its checks) must match as written.
  if (english.code === cell.code) return null;
  const lines = Math.max(english.code.split('\n').length, cell.code.split('\n').length);
  let differing = 1;
  while (differing < lines && lineAt(english.code, differing) === lineAt(cell.code, differing)) differing += 1;
  return {
    kind: 'code',
    cell,
    english,
    line: cell.line + differing,
    englishLine: lineAt(english.code, differing),
    translatedLine: lineAt(cell.code, differing),
  };
}

/** Every way the translated cells differ from the English ones (empty when they match). */
export function cellDifferences(english: readonly LessonCell[], translated: readonly LessonCell[]): CellDifference[] {
  const differences: CellDifference[] = [];
  if (english.length !== translated.length) differences.push({ kind: 'count', english: english.length, translated: translated.length });
  for (let i = 0; i < Math.min(english.length, translated.length); i += 1) {
    const want = english[i]!;
    const cell = translated[i]!;
    if (want.fence !== cell.fence) {
      differences.push({ kind: 'fence', cell, english: want });
      continue;
    }
    const difference = codeDifference(want, cell);
    if (difference) differences.push(difference);
  }
  return differences;
}
