import { describe, expect, it } from 'vitest';
import { exportFileName, exportProgressText, parseProgressFile, readProgressFile } from '../../src/progress/transfer';
import { progressMessages } from '../../src/progress/messages';
import { mergeProgress } from '../../src/progress/merge';
import { emptyProgress, type Progress } from '../../src/progress/schema';

const sample: Progress = {
  version: 3,
  cells: { 'first-model/first': { code: 'a', savedAt: 10 } },
  exercises: { softmax: { status: 'passed', attempts: 2, hintsUsed: 1, solutionViewed: false, passedAt: 20 } },
  updatedAt: 20,
};

describe('progress export and import', () => {
  it('round-trips an export, with the learner name and the course version', () => {
    const text = exportProgressText(sample, new Date(0), '0.1.0+abcdef12');
    expect(parseProgressFile(text, 99)).toEqual({ ok: true, progress: sample });
    const named = { ...sample, learnerName: 'Ana' };
    const file = JSON.parse(exportProgressText(named, new Date(0), '0.1.0+abcdef12')) as Record<string, unknown>;
    expect(file).toEqual({
      format: 'runfirst-progress',
      exportedAt: '1970-01-01T00:00:00.000Z',
      courseVersion: '0.1.0+abcdef12',
      progress: named,
    });
    expect(readProgressFile(JSON.stringify(file), 99)).toEqual({
      ok: true,
      progress: named,
      exportedAt: '1970-01-01T00:00:00.000Z',
      courseVersion: '0.1.0+abcdef12',
    });
    expect(exportFileName(new Date('2026-11-28T12:00:00Z'))).toBe('runfirst-progress-2026-11-28.json');
  });

  it("names the file after the learner, so a group's files differ", () => {
    const day = new Date('2026-11-28T12:00:00Z');
    expect(exportFileName(day, 'Ana María Fernández-López')).toBe('runfirst-progress-ana-maria-fernandez-lopez-2026-11-28.json');
    expect(exportFileName(day, '李小龙')).toBe('runfirst-progress-李小龙-2026-11-28.json');
    expect(exportFileName(day, '../../etc/passwd <script>')).toBe('runfirst-progress-etc-passwd-script-2026-11-28.json');
    expect(exportFileName(day, '=== !!! ===')).toBe('runfirst-progress-2026-11-28.json');
    expect(exportFileName(day, 'a'.repeat(39) + ' b c')).toBe(`runfirst-progress-${'a'.repeat(39)}-2026-11-28.json`);
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

  it('reads files exported before the course version and the name existed (progress v2), migrated', () => {
    const { learnerName: _none, ...v2 } = { ...sample, version: 2, learnerName: undefined };
    const old = JSON.stringify({ format: 'runfirst-progress', exportedAt: '2026-11-28T12:00:00.000Z', progress: v2 });
    expect(readProgressFile(old, 99)).toEqual({ ok: true, progress: sample, exportedAt: '2026-11-28T12:00:00.000Z' });
  });

  it('ignores a wrapper field of the wrong type rather than refusing the progress', () => {
    const odd = JSON.stringify({ format: 'runfirst-progress', exportedAt: 'yesterday', courseVersion: 7, progress: sample });
    expect(readProgressFile(odd, 99)).toEqual({ ok: true, progress: sample });
  });

  it("merges keep my name, or take the file's when I have none", () => {
    expect(mergeProgress({ ...emptyProgress(), learnerName: 'Me' }, { ...sample, learnerName: 'Them' }).learnerName).toBe('Me');
    expect(mergeProgress(emptyProgress(), { ...sample, learnerName: 'Them' }).learnerName).toBe('Them');
    expect(mergeProgress(emptyProgress(), sample)).not.toHaveProperty('learnerName');
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
