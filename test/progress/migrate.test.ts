import { describe, expect, it } from 'vitest';
import { migrateV1toV2, readProgress, readProgressText } from '../../src/progress/migrate';
import { CURRENT_PROGRESS_VERSION, progressV2Schema, type ProgressV1 } from '../../src/progress/schema';

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
    expect(progressV2Schema.parse(v2)).toEqual(v2);
    expect(v2.cells).toEqual({ 'first-model/first': { code: 'const x = 1;', savedAt: NOW } });
    expect(v2.exercises['softmax']).toMatchObject({ status: 'not-started', code: 'function softmax() {}', hintsUsed: 2 });
    expect(v2.exercises['fit-a-line']).toMatchObject({ status: 'passed', passedAt: NOW, attempts: 1 });
  });

  it('reads v1 data through the migration and says it migrated', () => {
    const result = readProgress(v1, NOW);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (result.ok) expect(result.progress.version).toBe(CURRENT_PROGRESS_VERSION);
  });

  it('reads current data unchanged', () => {
    const current = {
      version: 2,
      cells: {},
      exercises: { a: { status: 'attempted', attempts: 1, hintsUsed: 0, solutionViewed: false } },
      updatedAt: 5,
    };
    expect(readProgress(current, NOW)).toEqual({ ok: true, progress: current });
  });

  it('refuses data from a newer version instead of guessing', () => {
    expect(readProgress({ version: 3, anything: true }, NOW)).toEqual({ ok: false, problem: { kind: 'newer', version: 3 } });
  });

  it('calls broken JSON, wrong shapes and unknown versions corrupt, with the place of the problem', () => {
    expect(readProgressText('{"version": 2, "cells":', NOW)).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    expect(readProgress([], NOW)).toEqual({ ok: false, problem: { kind: 'corrupt', detail: 'not an object' } });
    expect(readProgress({ version: 'two' }, NOW)).toEqual({ ok: false, problem: { kind: 'corrupt', detail: 'unknown version "two"' } });
    const bad = readProgress({ version: 2, cells: {}, exercises: { a: { status: 'done' } }, updatedAt: 1 }, NOW);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem.kind === 'corrupt' && bad.problem.detail).toMatch(/^exercises\.a\.status: /);
  });
});
