import { describe, expect, it } from 'vitest';
import { exportFileName, exportProgressText, parseProgressFile } from '../../src/progress/transfer';
import { progressMessages } from '../../src/progress/messages';
import { mergeProgress } from '../../src/progress/merge';
import { emptyProgress, type Progress } from '../../src/progress/schema';

const sample: Progress = {
  version: 2,
  cells: { 'first-model/first': { code: 'a', savedAt: 10 } },
  exercises: { softmax: { status: 'passed', attempts: 2, hintsUsed: 1, solutionViewed: false, passedAt: 20 } },
  updatedAt: 20,
};

describe('progress export and import', () => {
  it('round-trips an export', () => {
    const text = exportProgressText(sample, new Date(0));
    expect(parseProgressFile(text, 99)).toEqual({ ok: true, progress: sample });
    expect(exportFileName(new Date('2026-11-28T12:00:00Z'))).toBe('runfirst-progress-2026-11-28.json');
  });

  it('refuses non-JSON, foreign, newer and damaged files with a clear message', () => {
    const notJson = parseProgressFile('hello', 0);
    expect(notJson.ok === false && notJson.error).toMatch(/^That file is not a runfirst progress file: it is not valid JSON \(/);
    expect(parseProgressFile('{"name": "package"}', 0)).toEqual({ ok: false, error: progressMessages.importForeign() });
    expect(parseProgressFile('{"format": "runfirst-progress", "progress": {"version": 7}}', 0)).toEqual({
      ok: false,
      error: progressMessages.importNewer(7),
    });
    const damaged = { format: 'runfirst-progress', progress: { ...sample, exercises: { softmax: { status: 'won' } } } };
    const result = parseProgressFile(JSON.stringify(damaged), 0);
    expect(result.ok === false && result.error).toBe(
      "That progress file is damaged: progress.exercises.softmax.status: Invalid enum value. Expected 'not-started' | 'attempted' | 'passed', received 'won'. Nothing was changed.",
    );
  });

  it('merges: furthest status, earliest pass, newest code, union of cells', () => {
    const mine: Progress = {
      ...emptyProgress(5),
      cells: { 'first-model/first': { code: 'old', savedAt: 1 }, 'x/y': { code: 'keep', savedAt: 1 } },
      exercises: { softmax: { status: 'attempted', attempts: 5, hintsUsed: 0, solutionViewed: true, code: 'mine', savedAt: 30 } },
    };
    const merged = mergeProgress(mine, sample);
    expect(merged.cells).toEqual({ 'first-model/first': { code: 'a', savedAt: 10 }, 'x/y': { code: 'keep', savedAt: 1 } });
    expect(merged.exercises['softmax']).toEqual({
      status: 'passed',
      attempts: 5,
      hintsUsed: 1,
      solutionViewed: true,
      code: 'mine',
      savedAt: 30,
      passedAt: 20,
    });
  });
});
