import { describe, expect, it } from 'vitest';
import { progressV1Schema, progressV2Schema, progressV3Schema } from '../../src/progress/schema';
import { describeIssue, safeParse, type Shape } from '../../src/progress/shape';
import { oracleV1, oracleV2, oracleV3 } from './zod-progress-oracle';

/**
 * Saved progress is checked by the small shapes of src/progress/shape.ts instead of zod (which
 * no longer fits a lesson page's first load). A learner whose saved data is damaged must read the
 * same message as before, and good data must come back the same (defaults and trimming included):
 * every case below is checked against the former zod schemas.
 */
type Oracle = {
  safeParse(
    value: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: { path: (string | number)[]; message: string }[] } };
};

function agree(shape: Shape<unknown>, oracle: Oracle, value: unknown) {
  const ours = safeParse(shape, value);
  const theirs = oracle.safeParse(value);
  if (theirs.success) {
    expect(ours, JSON.stringify(value)).toEqual({ success: true, data: theirs.data });
  } else {
    const first = theirs.error.issues[0]!;
    expect(ours.success ? 'accepted' : describeIssue(ours.issue), JSON.stringify(value)).toBe(describeIssue(first));
  }
}

const exercise = {
  status: 'attempted',
  attempts: 2,
  hintsUsed: 1,
  solutionViewed: false,
  lastResult: { passed: 1, total: 3 },
  code: 'x',
  savedAt: 5,
};
const v2 = { version: 2, cells: { 'first-model/first': { code: 'a', savedAt: 4 } }, exercises: { a: exercise }, updatedAt: 5 };
const v3 = { ...v2, version: 3, learnerName: '  Ana López ' };
const v1 = { version: 1, code: { 'first-model/first': 'x', 'exercise:a': 'y' }, passed: ['a'], hints: { a: 2 } };

/** Each case takes the good record and breaks one thing, the way a file goes wrong. */
const broken: [string, (good: Record<string, unknown>) => unknown][] = [
  ['as is', (g) => g],
  ['not an object', () => 'progress'],
  ['null', () => null],
  ['an array', () => [1, 2]],
  ['an unknown top-level key', (g) => ({ ...g, extra: 1 })],
  ['two unknown keys', (g) => ({ ...g, extra: 1, more: 2 })],
  ['a missing field', ({ updatedAt: _gone, ...g }) => g],
  ['a timestamp that is a string', (g) => ({ ...g, updatedAt: '5' })],
  ['a timestamp that is a fraction', (g) => ({ ...g, updatedAt: 5.5 })],
  ['a negative timestamp', (g) => ({ ...g, updatedAt: -1 })],
  ['a NaN-like timestamp (null)', (g) => ({ ...g, updatedAt: null })],
  ['cells as an array', (g) => ({ ...g, cells: [] })],
  ['a cell without code', (g) => ({ ...g, cells: { 'a/b': { savedAt: 1 } } })],
  ['a cell with a number for code', (g) => ({ ...g, cells: { 'a/b': { code: 3, savedAt: 1 } } })],
  ['a cell with an extra key', (g) => ({ ...g, cells: { 'a/b': { code: '', savedAt: 1, by: 'me' } } })],
  ['an unknown status', (g) => ({ ...g, exercises: { a: { ...exercise, status: 'won' } } })],
  ['a status that is a number', (g) => ({ ...g, exercises: { a: { ...exercise, status: 1 } } })],
  ['defaults left out', (g) => ({ ...g, exercises: { a: { status: 'passed' } } })],
  ['attempts as a boolean', (g) => ({ ...g, exercises: { a: { ...exercise, attempts: true } } })],
  ['solutionViewed as a string', (g) => ({ ...g, exercises: { a: { ...exercise, solutionViewed: 'yes' } } })],
  ['a last result with an extra key', (g) => ({ ...g, exercises: { a: { ...exercise, lastResult: { passed: 1, total: 2, ms: 3 } } } })],
  ['a last result missing its total', (g) => ({ ...g, exercises: { a: { ...exercise, lastResult: { passed: 1 } } } })],
  ['an optional field set to undefined', (g) => ({ ...g, exercises: { a: { ...exercise, code: undefined } } })],
  ['two wrong fields (the first is named)', (g) => ({ ...g, cells: 1, updatedAt: 'x' })],
  ['a wrong field and an unknown key (the field is named)', (g) => ({ ...g, updatedAt: 'x', extra: 1 })],
];

describe('progress shapes give the same results and messages as the former zod schemas', () => {
  it.each(broken)('v2: %s', (_name, breakIt) => agree(progressV2Schema, oracleV2, breakIt(structuredClone(v2))));
  it.each(broken)('v3: %s', (_name, breakIt) => agree(progressV3Schema, oracleV3, breakIt(structuredClone(v3))));

  it.each([
    ['a name that trims to nothing', '   '],
    ['a name of 81 characters', 'x'.repeat(81)],
    ['a name of exactly 80 characters after trimming', ` ${'x'.repeat(80)} `],
    ['a name that is a number', 7],
  ])('v3: %s', (_name, learnerName) => agree(progressV3Schema, oracleV3, { ...v3, learnerName }));

  it.each([
    ['as is', v1],
    ['passed as an object', { ...v1, passed: {} }],
    ['a passed id that is a number', { ...v1, passed: ['a', 3] }],
    ['a hint count that is negative', { ...v1, hints: { a: -1 } }],
    ['code that is not text', { ...v1, code: { 'a/b': 1 } }],
    ['the wrong version', { ...v1, version: 2 }],
  ])('v1: %s', (_name, value) => agree(progressV1Schema, oracleV1, value));
});
