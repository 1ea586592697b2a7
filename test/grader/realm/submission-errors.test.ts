/**
 * A submission's errors are described by the same module as a lesson cell's
 * (src/runtime/learner-code/): a syntax error and a throw carry the line in the learner's own
 * numbering, and a thrown non-Error reads as in a cell. Each runs through the real node realm.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { grade, type GradeEnvironment } from '../../../src/grader/worker/grade-core';
import { nodeGradeEnvironment, openNodeRealm } from '../../../src/grader/realm/node-realm';
import type { LearnerEvent, RunDoneEvent } from '../../../src/grader/realm/learner-protocol';
import { describeError } from '../../../src/runtime/learner-code/describe-error';

let env: GradeEnvironment;
beforeAll(async () => {
  env = await nodeGradeEnvironment();
});

const tests = `
test('double doubles', async () => {
  expect.equal(await learner.call('double', 2), 4);
});
`;

const gradeCode = (code: string) => grade(env, { code, tests, timeLimitSeconds: 5 });

/** Runs `code` once in a fresh realm, as the Run button does, and returns how it ended. */
function scratchRun(code: string): Promise<RunDoneEvent> {
  const realm = openNodeRealm();
  return new Promise<RunDoneEvent>((resolve) => {
    realm.onMessage((event: LearnerEvent) => {
      if (event.type !== 'run-done') return;
      realm.terminate();
      resolve(event);
    });
    realm.post({ type: 'run', code, seed: 1, locale: 'en' });
  });
}

describe('errors in a submission', () => {
  it('a syntax error has its line and column, and nothing runs', async () => {
    const report = await gradeCode('function double(x) {\n  return x * ;\n}\n');
    expect(report.tests[0]?.message).toBe('Your code threw SyntaxError on line 2: Unexpected token');
    expect(report.learnerError).toEqual({ kind: 'syntax', name: 'SyntaxError', message: 'Unexpected token', line: 2, column: 14 });
  });

  it('a throw inside a graded function has the line of the throw', async () => {
    const report = await gradeCode('// doubles\nfunction double(x) {\n  throw new RangeError("too big");\n}');
    expect(report.tests[0]?.message).toBe('Your double() threw RangeError on line 3: too big');
    expect(report.learnerError).toMatchObject({ kind: 'runtime', name: 'RangeError', line: 3, column: 9 });
  });

  it('a throw on the first line has its column without the prelude', async () => {
    const report = await gradeCode('const y = 1; missing();');
    expect(report.learnerError).toMatchObject({ kind: 'runtime', name: 'ReferenceError', line: 1, column: 14 });
  });

  it('a thrown non-Error reads as in a lesson cell', async () => {
    const report = await gradeCode('throw 42;\nfunction double(x) { return 2 * x; }');
    const asInACell = describeError(42, 'cell', 0);
    expect(report.learnerError).toEqual(asInACell);
    expect(report.tests[0]?.message).toBe(`Your code threw ${asInACell.name}: ${asInACell.message}`);
  });

  it('a passing submission reports no learner error', async () => {
    const report = await gradeCode('function double(x) { return 2 * x; }');
    expect(report.summary).toBe('1 of 1 tests passed');
    expect(report.learnerError).toBeUndefined();
  });

  it('Run reports a syntax error and a throw with their lines', async () => {
    expect((await scratchRun('console.log(1);\n\nconst = 2;')).error).toMatchObject({ kind: 'syntax', line: 3 });
    expect((await scratchRun('console.log(1);\nnull.x;')).error).toMatchObject({ kind: 'runtime', name: 'TypeError', line: 2 });
  });
});
