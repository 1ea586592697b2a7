import type { Code } from 'mdast';

/** The languages a runnable cell may be fenced with. */
const RUNNABLE_LANGS = new Set(['js', 'javascript']);

/** True for a fence written as ```js run (optionally with `id=…`). */
export function isRunnableCode(node: Code): boolean {
  return RUNNABLE_LANGS.has(node.lang ?? '') && /(?:^|\s)run(?:\s|$)/.test(node.meta ?? '');
}

/** The `id=…` an author gave a cell, if any: ```js run id=train-loop. */
export function explicitCellId(node: Code): string | undefined {
  return /(?:^|\s)id=("?)([^\s"]+)\1(?:\s|$)/.exec(node.meta ?? '')?.[2];
}

/** A cell's id on its page: the author's `id=…`, else `cell-N` by its 1-based position among the runnable cells. */
export function cellIdOf(node: Code, index: number): string {
  return explicitCellId(node) ?? `cell-${index}`;
}

/** The form of a cell id: lowercase words joined by hyphens. */
export const CELL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
