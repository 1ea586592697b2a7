import { describe, expect, it } from 'vitest';
import { buildBoard, byDifficulty, passedCount } from '../../src/progress/group-board';
import { readGroupFiles } from '../../src/progress/group-files';
import { COURSE, VERSION, exported, given, record } from './group-fixtures';

/** Three learners: Ana passed two, Ben struggles with softmax, Cy only opened one with hints. */
function threeLearners() {
  const files = [
    given('ana.json', exported('Ana', { 'fit-a-line': record('passed', 1), 'stable-softmax': record('passed', 4, 2) })),
    given('ben.json', exported('Ben', { 'fit-a-line': record('passed', 2, 1), 'stable-softmax': record('attempted', 5, 3, true) })),
    given(
      'cy.json',
      exported('Cy', { 'stable-softmax': record('attempted', 2), 'old-exercise': record('passed', 1) }, { version: '0.0.9+00000000' }),
    ),
  ];
  return readGroupFiles(files, 0).learners;
}

describe('group board: figures', () => {
  it('has a column per course exercise in course order, then exercises the files have that the course does not', () => {
    const board = buildBoard(COURSE, threeLearners(), VERSION);
    expect(board.columns.map((c) => [c.id, c.inCourse])).toEqual([
      ['fit-a-line', true],
      ['stable-softmax', true],
      ['knn', true],
      ['old-exercise', false],
    ]);
    expect(board.columns[3]!.title).toBe('old-exercise (not in this course)');
  });

  it('counts passed, tried, hints and checks per exercise over all learners', () => {
    const board = buildBoard(COURSE, threeLearners(), VERSION);
    expect(board.summaries.map((s) => [s.column.id, s.learners, s.passed, s.tried, s.hints, s.checks])).toEqual([
      ['fit-a-line', 3, 2, 2, 1, 3],
      ['stable-softmax', 3, 1, 3, 5, 11],
      ['knn', 3, 0, 0, 0, 0],
      ['old-exercise', 3, 1, 1, 0, 1],
    ]);
    expect(board.learners.map((l) => passedCount(board, l))).toEqual([2, 1, 0]);
  });

  it('ranks the hardest among exercises someone tried: lowest share passed, then more hints, then more checks', () => {
    const board = buildBoard(COURSE, threeLearners(), VERSION);
    expect(board.hardest.map((s) => s.column.id)).toEqual(['stable-softmax', 'fit-a-line', 'old-exercise']);
    const summary = (passed: number, tried: number, hints: number, checks: number) => ({
      column: { id: 'x', title: 'x', inCourse: true },
      learners: 4,
      passed,
      tried,
      hints,
      checks,
    });
    // 1 of 3 and 2 of 6 are the same share: the tie goes to hints per learner who tried.
    expect(byDifficulty(summary(1, 3, 0, 3), summary(2, 6, 0, 6))).toBe(0);
    expect(byDifficulty(summary(1, 3, 3, 3), summary(2, 6, 3, 6))).toBeLessThan(0);
    expect(byDifficulty(summary(1, 2, 0, 0), summary(0, 2, 0, 0))).toBeGreaterThan(0);
    expect(byDifficulty(summary(1, 2, 1, 9), summary(1, 2, 1, 2))).toBeLessThan(0);
  });

  it('shows at most three hardest, and none when nobody tried anything', () => {
    expect(buildBoard(COURSE, readGroupFiles([given('a.json', exported('A', {}))], 0).learners, VERSION).hardest).toEqual([]);
    const tried = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((id) => [id, record('attempted', 1)]));
    const learners = readGroupFiles([given('a.json', exported('A', tried))], 0).learners;
    expect(buildBoard([], learners, VERSION).hardest).toHaveLength(3);
  });

  it("lists the course versions of the files other than this site's", () => {
    expect(buildBoard(COURSE, threeLearners(), VERSION).otherVersions).toEqual(['0.0.9+00000000']);
    expect(buildBoard(COURSE, threeLearners(), '0.0.9+00000000').otherVersions).toEqual([VERSION]);
  });

  it('an empty board has columns and no figures', () => {
    const board = buildBoard(COURSE, [], VERSION);
    expect(board.columns).toHaveLength(3);
    expect(board.summaries.every((s) => s.learners === 0 && s.passed === 0)).toBe(true);
  });
});
