import { describe, expect, it } from 'vitest';
import { migrateV1toV2, migrateV2toV3, readProgress, readProgressText } from '../../src/progress/migrate';
import { CURRENT_PROGRESS_VERSION, progressV2Schema, progressV3Schema, type ProgressV1 } from '../../src/progress/schema';
import { parse } from '../../src/progress/shape';

const NOW = 1_700_000_000_000;

const v1: ProgressV1 = {
  version: 1,
  code: { 'first-model/first': 'const x = 1;', 'exercise:softmax': 'function softmax() {}' },
  passed: ['fit-a-line'],
  hints: { softmax: 2 },
};

describe('progress migrations', () => {
  it('migrates v1 to a valid v2: cells, exercise code, passed ids and hints', () => {
    const v2 = migrateV1toV2(v1, NOW);
    expect(parse(progressV2Schema, v2)).toEqual(v2);
    expect(v2.cells).toEqual({ 'first-model/first': { code: 'const x = 1;', savedAt: NOW } });
    expect(v2.exercises['softmax']).toMatchObject({ status: 'not-started', code: 'function softmax() {}', hintsUsed: 2 });
    expect(v2.exercises['fit-a-line']).toMatchObject({ status: 'passed', passedAt: NOW, attempts: 1 });
  });

  it('reads v1 data through both migrations and says it migrated', () => {
    const result = readProgress(v1, NOW);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (result.ok) expect(result.progress).toEqual(migrateV2toV3(migrateV1toV2(v1, NOW)));
    if (result.ok) expect(result.progress.version).toBe(CURRENT_PROGRESS_VERSION);
  });

  const v2 = {
    version: 2 as const,
    cells: { 'first-model/first': { code: 'a', savedAt: 4 } },
    exercises: { a: { status: 'attempted' as const, attempts: 1, hintsUsed: 2, solutionViewed: false, lastAttemptAt: 5 } },
    updatedAt: 5,
  };

  it('migrates v2 to v3: every record kept, no learner name yet', () => {
    const result = readProgress(v2, NOW);
    expect(result).toEqual({ ok: true, migratedFrom: 2, progress: { ...v2, version: 3 } });
    if (result.ok) expect(parse(progressV3Schema, result.progress)).toEqual(result.progress);
    if (result.ok) expect(result.progress).not.toHaveProperty('learnerName');
  });

  it('reads current data (v3, with a learner name) unchanged', () => {
    const current = { ...v2, version: 3, learnerName: 'Ana López' };
    expect(readProgress(current, NOW)).toEqual({ ok: true, progress: current });
  });

  it('calls a v3 learner name that is blank or too long corrupt, and a v2 with a name corrupt (v2 had none)', () => {
    expect(readProgress({ ...v2, version: 3, learnerName: '   ' }, NOW)).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    const long = readProgress({ ...v2, version: 3, learnerName: 'x'.repeat(81) }, NOW);
    expect(long.ok === false && long.problem.kind === 'corrupt' && long.problem.detail).toMatch(/^learnerName: /);
    expect(readProgress({ ...v2, learnerName: 'Ana' }, NOW)).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
  });

  it('refuses data from a newer version instead of guessing', () => {
    expect(readProgress({ version: 4, anything: true }, NOW)).toEqual({ ok: false, problem: { kind: 'newer', version: 4 } });
  });

  it('calls broken JSON, wrong shapes and unknown versions corrupt, with the place of the problem', () => {
    expect(readProgressText('{"version": 2, "cells":', NOW)).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    expect(readProgress([], NOW)).toEqual({ ok: false, problem: { kind: 'corrupt', detail: 'not an object' } });
    expect(readProgress({ version: 'two' }, NOW)).toEqual({ ok: false, problem: { kind: 'corrupt', detail: 'unknown version "two"' } });
    const bad = readProgress({ version: 3, cells: {}, exercises: { a: { status: 'done' } }, updatedAt: 1 }, NOW);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem.kind === 'corrupt' && bad.problem.detail).toMatch(/^exercises\.a\.status: /);
  });
});
