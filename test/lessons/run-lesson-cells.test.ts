/**
 * The node lesson runner treats `test(...)` as the kernel does: a cell ends only once its tests
 * have verdicts, and each verdict is one of the cell's lines (what claims read with run.text).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLessonCells } from './run-lesson-cells';

describe('runLessonCells with tests in cells', () => {
  it("keeps each verdict in its own cell's lines, an unawaited test included", async () => {
    const run = await runLessonCells(join(import.meta.dirname, '..', 'fixtures', 'cell-tests', 'tests-in-cells.md'));
    expect(run.error).toBeUndefined();
    expect(run.cells.map((cell) => cell.logs)).toEqual([
      ['✓ width of a [2, 3] tensor: passed'],
      ['next cell', '✗ fails: failed. The width should be 3, but it is 4.'],
    ]);
  });
});
