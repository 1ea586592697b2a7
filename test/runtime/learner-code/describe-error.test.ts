import { describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/current-locale';
import { describeError, describeThrownValue, isFatalError, isMemoryError } from '../../../src/runtime/learner-code/describe-error';
import { LearnerSyntaxError, transformLearnerCode } from '../../../src/runtime/learner-code/transform';

const transformCell = (source: string, cellId: string) => transformLearnerCode(source, { mode: 'shared-scope', sourceId: cellId });

describe('describeError', () => {
  it('gives a syntax error its cell line and column', () => {
    let thrown: unknown;
    try {
      transformCell('const a = 1;\nconst b = ;', 'c');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LearnerSyntaxError);
    expect(describeError(thrown, 'c', 0)).toEqual({
      kind: 'syntax',
      name: 'SyntaxError',
      message: 'Unexpected token',
      line: 2,
      column: 11,
    });
  });

  it('explains that cells cannot import', () => {
    let thrown: unknown;
    try {
      transformCell("import * as x from 'y';", 'c');
    } catch (error) {
      thrown = error;
    }
    expect(describeError(thrown, 'c', 0).message).toMatch(/Cells cannot use import\/export statements/);
  });

  it('finds the line of a runtime error from its stack', () => {
    const error = new ReferenceError('x is not defined');
    error.stack = 'ReferenceError: x is not defined\n    at eval (runfirst-cell-c.js:3:9)';
    expect(describeError(error, 'c', 50)).toEqual({
      kind: 'runtime',
      name: 'ReferenceError',
      message: 'x is not defined',
      line: 3,
      column: 9,
    });
  });

  it('reports thrown non-Errors', () => {
    expect(describeError(42, 'c', 0)).toMatchObject({
      kind: 'thrown',
      line: null,
      message: expect.stringContaining('threw 42 (a number)'),
    });
    expect(describeError(undefined, 'c', 0).message).toContain('threw undefined,');
    expect(describeError('oops', 'c', 0).message).toContain('threw "oops" (a string)');
  });

  it('names a thrown non-Error in the page’s language', () => {
    expect(describeError(42, 'c', 0).name).toBe('Thrown value');
    setLocale('zh-cn');
    try {
      expect(describeError(42, 'c', 0).name).toBe('抛出的值');
    } finally {
      setLocale('en');
    }
  });

  it('reports rejected promises', () => {
    expect(describeError(new Error('late'), 'c', 0, 'rejection')).toMatchObject({
      kind: 'rejection',
      message: expect.stringContaining('Error: late'),
    });
    expect(describeError(7, 'c', 0, 'rejection')).toMatchObject({ kind: 'rejection', message: expect.stringContaining('7 (a number)') });
  });

  it('turns allocation failures into a clear memory error', () => {
    const huge = new RangeError('Invalid typed array length: 10000000000');
    expect(isMemoryError(huge)).toBe(true);
    expect(describeError(huge, 'c', 0)).toMatchObject({
      kind: 'memory',
      message: expect.stringMatching(/^Not enough memory for this tensor/),
    });
    expect(isMemoryError(new RangeError('Maximum call stack size exceeded'))).toBe(false);
    expect(isMemoryError(new TypeError('x is not a function'))).toBe(false);
  });

  it('treats a wasm abort as fatal', () => {
    expect(isFatalError(new Error('Aborted(OOM)'))).toBe(true);
    expect(isFatalError(new Error('shapes differ'))).toBe(false);
  });

  it('shortens long thrown values', () => {
    expect(describeThrownValue('a'.repeat(500)).length).toBeLessThan(220);
    expect(describeThrownValue({ a: 1 })).toBe('{"a":1} (an object)');
  });
});
