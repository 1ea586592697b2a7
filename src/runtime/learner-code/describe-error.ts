/**
 * Turns whatever learner code threw (a lesson cell in the kernel, a submission in the grader's
 * learner realm) into a `KernelError`: the message, the kind, and the line in the learner's own
 * numbering (from the stack trace, or the parser for a syntax error). Also recognises allocation
 * failures, so "Invalid typed array length: 10000000000" reads as "not enough memory".
 */
import type { KernelError } from '../protocol';
import { locateInSource } from './error-location';
import { LearnerSyntaxError } from './transform';
import { runMessages } from '../run-messages';
import { primitiveText } from '../primitive-text';

const MEMORY_PATTERNS = [
  /array buffer allocation failed/i,
  /invalid typed array length/i,
  /invalid array length/i,
  /out of memory/i,
  /cannot enlarge memory/i,
  /maximum memory size exceeded/i,
  /WebAssembly\.Memory/i,
  /greater than WebGL maximum/i,
  /Aborted\(/,
  /table index is out of bounds/i,
  /memory access out of bounds/i,
];

/** True for an error that means an allocation could not be satisfied. */
export function isMemoryError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TensorTooLargeError') return true;
  return (
    (error instanceof RangeError || error.name === 'RuntimeError' || /memory|texture|Aborted/i.test(error.message)) &&
    MEMORY_PATTERNS.some((pattern) => pattern.test(error.message))
  );
}

/** True when the error leaves the WASM runtime unusable, so the kernel must restart. */
export function isFatalError(error: unknown): boolean {
  return error instanceof Error && /Aborted\(|memory access out of bounds|table index is out of bounds/i.test(error.message);
}

/** A short text for a thrown non-Error value: `42 (a number)`, `undefined`, `"oops" (a string)`. */
export function describeThrownValue(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  if (typeof value === 'string') return `${JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value)} (a string)`;
  if (typeof value === 'object') {
    let text: string;
    try {
      text = JSON.stringify(value) ?? Object.prototype.toString.call(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
    return `${text.length > 200 ? `${text.slice(0, 200)}…` : text} (an object)`;
  }
  return `${primitiveText(value)} (a ${typeof value})`;
}

/**
 * The KernelError for `thrown`, with its line in the code of `sourceId` (the `sourceId` and
 * `firstLineOffset` of its `TransformedCode`) when the stack shows one.
 */
export function describeError(
  thrown: unknown,
  sourceId: string,
  firstLineOffset: number,
  kind: 'runtime' | 'rejection' = 'runtime',
): KernelError {
  if (thrown instanceof LearnerSyntaxError) {
    const message = /'import' and 'export'/.test(thrown.message) ? `${thrown.message}. ${runMessages.importHint()}` : thrown.message;
    return { kind: 'syntax', name: 'SyntaxError', message, line: thrown.line, column: thrown.column };
  }
  if (thrown instanceof Error) {
    const where = locateInSource(thrown.stack, sourceId, firstLineOffset);
    const memory = isMemoryError(thrown);
    const message = memory ? runMessages.outOfMemory(thrown.message) : thrown.message;
    const base = { name: thrown.name || 'Error', message, line: where?.line ?? null, column: where?.column ?? null };
    if (kind === 'rejection') return { ...base, kind, message: runMessages.unhandledRejection(`${base.name}: ${thrown.message}`) };
    return { ...base, kind: memory ? 'memory' : 'runtime' };
  }
  const shown = describeThrownValue(thrown);
  if (kind === 'rejection') {
    return { kind, name: 'UnhandledRejection', message: runMessages.unhandledRejection(shown), line: null, column: null };
  }
  return { kind: 'thrown', name: runMessages.thrownValueName(), message: runMessages.thrownValue(shown), line: null, column: null };
}
