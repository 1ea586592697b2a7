import { describe, expect, it } from 'vitest';
import { createProgressStore, memoryStorage, PROGRESS_KEY, KEPT_ASIDE_PREFIX, type StoreProblem } from '../../src/progress/progress-store';
import { progressMessages } from '../../src/progress/messages';

function setup(initial?: string) {
  const storage = memoryStorage();
  if (initial !== undefined) storage.setItem(PROGRESS_KEY, initial);
  let clock = 1000;
  const problems: StoreProblem[] = [];
  const store = createProgressStore({ storage, now: () => clock, onProblem: (p) => problems.push(p) });
  return { storage, store, problems, tick: (ms = 1) => (clock += ms) };
}

describe('progress store', () => {
  it('saves, reads and clears cell code per lesson and cell', () => {
    const { store } = setup();
    expect(store.getCellCode('first-model', 'first')).toBeUndefined();
    store.saveCellCode('first-model', 'first', 'x = 1');
    store.saveCellCode('first-model', 'second', 'y = 2');
    expect(store.getCellCode('first-model', 'first')).toBe('x = 1');
    store.clearCellCode('first-model', 'first');
    expect(store.getCellCode('first-model', 'first')).toBeUndefined();
    expect(store.getCellCode('first-model', 'second')).toBe('y = 2');
  });

  it('tracks exercise status with timestamps: attempted, then passed, and passed stays passed', () => {
    const { store, tick } = setup();
    expect(store.getExercise('softmax').status).toBe('not-started');
    store.recordCheck('softmax', { passed: 1, total: 3 });
    tick(10);
    expect(store.getExercise('softmax')).toMatchObject({ status: 'attempted', attempts: 1, firstAttemptAt: 1000 });
    store.recordCheck('softmax', { passed: 3, total: 3 });
    tick(10);
    store.recordCheck('softmax', { passed: 0, total: 3 });
    expect(store.getExercise('softmax')).toMatchObject({
      status: 'passed',
      attempts: 3,
      firstAttemptAt: 1000,
      passedAt: 1010,
      lastAttemptAt: 1020,
      lastResult: { passed: 0, total: 3 },
    });
    expect(store.completion(['softmax', 'other'])).toEqual({ passed: 1, total: 2 });
  });

  it('counts hints and remembers the solution was viewed', () => {
    const { store } = setup();
    expect(store.recordHint('knn')).toBe(1);
    expect(store.recordHint('knn')).toBe(2);
    store.recordSolutionViewed('knn');
    expect(store.getExercise('knn')).toMatchObject({ hintsUsed: 2, solutionViewed: true });
  });

  it('keeps corrupt data aside, tells the learner once, and works on', () => {
    const { storage, store, problems } = setup('{not json');
    expect(store.read().exercises).toEqual({});
    const backupKey = `${KEPT_ASIDE_PREFIX}1000`;
    expect(storage.getItem(backupKey)).toBe('{not json');
    expect(problems).toEqual([{ kind: 'corrupt', backupKey, message: progressMessages.corruptKeptAside(backupKey) }]);
    store.saveExerciseCode('a', 'code');
    expect(store.getExercise('a').code).toBe('code');
    expect(problems).toHaveLength(1);
  });

  it('keeps newer-version data aside untouched and says so', () => {
    const newer = JSON.stringify({ version: 9, future: 'field' });
    const { storage, store, problems } = setup(newer);
    store.read();
    expect(storage.getItem(`${KEPT_ASIDE_PREFIX}1000`)).toBe(newer);
    expect(problems[0]?.message).toBe(progressMessages.newerKeptAside(9, `${KEPT_ASIDE_PREFIX}1000`));
  });

  it('migrates stored v1 data and writes it back as v3', () => {
    const { storage, store } = setup(JSON.stringify({ version: 1, code: { 'first-model/first': 'a' }, passed: ['x'], hints: {} }));
    expect(store.getCellCode('first-model', 'first')).toBe('a');
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '{}')).toMatchObject({ version: 3 });
    expect(store.getExercise('x').status).toBe('passed');
  });

  it('migrates stored v2 data to v3 and keeps every record; nothing is kept aside', () => {
    const v2 = {
      version: 2,
      cells: {},
      exercises: { x: { status: 'passed', attempts: 1, hintsUsed: 1, solutionViewed: false } },
      updatedAt: 7,
    };
    const { storage, store, problems } = setup(JSON.stringify(v2));
    expect(store.getExercise('x')).toMatchObject({ status: 'passed', hintsUsed: 1 });
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '{}')).toEqual({ ...v2, version: 3 });
    expect(problems).toEqual([]);
    expect(storage.length).toBe(1);
  });

  it('keeps the learner name trimmed and cut to 80 characters (never splitting one); blank forgets it', () => {
    const { store } = setup();
    expect(store.setLearnerName('  Ana   María  ')).toBe('Ana María');
    expect(store.read().learnerName).toBe('Ana María');
    const long = store.setLearnerName(`${'a'.repeat(79)}😀 more`);
    expect(long).toBe('a'.repeat(79));
    expect(store.setLearnerName('😀'.repeat(50))).toBe('😀'.repeat(40));
    expect(store.read().learnerName).toBe('😀'.repeat(40));
    expect(store.setLearnerName('   ')).toBeUndefined();
    expect(store.read()).not.toHaveProperty('learnerName');
  });

  it('a stored name survives a new store over the same storage (a reload)', () => {
    const { storage, store } = setup();
    store.setLearnerName('<script>alert(1)</script>');
    expect(createProgressStore({ storage }).read().learnerName).toBe('<script>alert(1)</script>');
  });

  it('reports storage that refuses writes instead of throwing', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const problems: StoreProblem[] = [];
    const store = createProgressStore({ storage, onProblem: (p) => problems.push(p) });
    expect(() => store.saveCellCode('a', 'b', 'c')).not.toThrow();
    expect(problems.map((p) => p.message)).toEqual([progressMessages.storageUnavailable()]);
  });
});
