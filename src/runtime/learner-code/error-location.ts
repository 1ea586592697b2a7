/**
 * Finds where in learner code (a cell or a submission) an error happened, from the stack trace of
 * the error: the first frame in the code's own source file (see `learnerSourceUrl`). Frames inside
 * tfjs are skipped, so an error a tfjs op throws points at the learner's line that called it.
 */
import { learnerSourceUrl } from './transform';

/** A 1-based line and column in the learner's code. */
export interface SourceLocation {
  line: number;
  column: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The location of the first stack frame in the code of `sourceId`, with the prelude's columns on
 * the first line taken off; undefined when the stack has no such frame.
 */
export function locateInSource(stack: string | undefined, sourceId: string, firstLineOffset: number): SourceLocation | undefined {
  if (!stack) return undefined;
  const frame = new RegExp(`${escapeRegExp(learnerSourceUrl(sourceId))}:(\\d+):(\\d+)`).exec(stack);
  if (!frame) return undefined;
  const line = Number(frame[1]);
  const rawColumn = Number(frame[2]);
  const column = line === 1 ? Math.max(1, rawColumn - firstLineOffset) : rawColumn;
  return { line, column };
}
