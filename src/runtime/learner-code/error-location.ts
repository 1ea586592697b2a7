/**
 * Finds where in a cell an error happened, from the stack trace of the error: the first frame in
 * the cell's own source file (see `cellSourceUrl`). Frames inside tfjs are skipped, so an error a
 * tfjs op throws points at the learner's line that called it.
 */
import { cellSourceUrl } from './transform-cell';

/** A 1-based line and column in the cell. */
export interface CellLocation {
  line: number;
  column: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The location of the first stack frame in `cellId`'s code, with the prelude's columns on the
 * first line taken off; undefined when the stack has no such frame.
 */
export function locateInCell(stack: string | undefined, cellId: string, firstLineOffset: number): CellLocation | undefined {
  if (!stack) return undefined;
  const frame = new RegExp(`${escapeRegExp(cellSourceUrl(cellId))}:(\\d+):(\\d+)`).exec(stack);
  if (!frame) return undefined;
  const line = Number(frame[1]);
  const rawColumn = Number(frame[2]);
  const column = line === 1 ? Math.max(1, rawColumn - firstLineOffset) : rawColumn;
  return { line, column };
}
