import { beforeAll, describe, expect, it } from 'vitest';
import { grade, type GradeEnvironment } from '../../src/grader/grade-core';
import { nodeGradeEnvironment } from '../../src/grader/node-realm';

let env: GradeEnvironment;
beforeAll(async () => {
  env = await nodeGradeEnvironment();
});

const tests = `
test('double doubles', async () => {
  expect.allClose(await learner.call('double', tf.tensor([1, 2, 3])), [2, 4, 6]);
});
test('double keeps the shape', async () => {
  expect.shape(await learner.call('double', tf.zeros([2, 3])), [2, 3]);
});
`;

describe('grade', () => {
  it('passes a right answer', async () => {
    const report = await grade(env, { code: 'function double(x) { return x.mul(2); }', tests, timeLimitSeconds: 5 });
    expect(report.summary).toBe('2 of 2 tests passed');
  });
  it('fails a wrong answer with a teaching message', async () => {
    const report = await grade(env, { code: 'function double(x) { return x.add(2); }', tests, timeLimitSeconds: 5 });
    expect(report.summary).toBe('1 of 2 tests passed');
    expect(report.tests[0]?.message).toMatch(/^Your result is not close enough at index \[0\]: expected 2, got 3\./);
  });
});
