/**
 * Grading learner-written tests, mutation-testing style, on the fixture exercise
 * test/fixtures/own-tests/dense/: a good suite passes every check; an empty one, one that asserts
 * nothing, one that misses a planted bug, one that fails the correct implementation, one that
 * throws outside a test and one that loops each fail, with a message that says why (and names the
 * bug that went uncaught, never its code). The learner's tests run in learner realms only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { grade, type GradeEnvironment, type GradeReport } from '../../src/grader/worker/grade-core';
import { nodeGradeEnvironment, openNodeRealm } from '../../src/grader/realm/node-realm';
import { runOwnTests } from '../../src/grader/realm/own-tests';
import { gradeMessages, ownTestMessages } from '../../src/grader/messages';
import { testMessages } from '../../src/runtime/testing/expect-messages';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'own-tests', 'dense');
const tests = readFileSync(join(fixture, 'tests.js'), 'utf8');
const learnerCode = (name: string) => readFileSync(join(fixture, 'learner', `${name}.js`), 'utf8');

const PASS = 'your tests pass on a correct dense()';
const SUMS = 'adds up the batch into one row of shape [out]';
const KEEPS_ROW = 'adds up the batch but keeps a row axis, shape [1, out]';
const TRANSPOSED = 'returns the result transposed, shape [out, n]';
const catches = (bug: string) => `your tests catch a dense() that ${bug}`;

let env: GradeEnvironment;
beforeAll(async () => {
  env = await nodeGradeEnvironment();
});

const gradeFixture = (name: string) => grade(env, { code: learnerCode(name), tests, timeLimitSeconds: 5 });
const verdicts = (report: GradeReport) => Object.fromEntries(report.tests.map((t) => [t.name, t.message || t.status]));

describe('grading the learner’s own tests (fixture: dense)', () => {
  it('passes a suite that passes on the correct dense() and catches every planted bug', async () => {
    const report = await gradeFixture('good');
    expect(report.problem).toBeUndefined();
    expect(verdicts(report)).toEqual({
      [PASS]: 'passed',
      [catches(SUMS)]: 'passed',
      [catches(KEEPS_ROW)]: 'passed',
      [catches(TRANSPOSED)]: 'passed',
    });
  }, 120_000);

  it('fails an empty suite: no test, nothing checked', async () => {
    const report = await gradeFixture('empty');
    expect(report.passed).toBe(0);
    expect(report.tests.every((t) => t.message === ownTestMessages.noTests())).toBe(true);
    expect(ownTestMessages.noTests()).toBe(
      'Your code defines no test, so it checks nothing. Write at least one: test("what it checks", () => { … expect.shape(…) … }).',
    );
  }, 120_000);

  it('fails a suite that asserts nothing, naming the test, and finds it catches no bug', async () => {
    const report = await gradeFixture('asserts-nothing');
    expect(verdicts(report)).toEqual({
      [PASS]: ownTestMessages.checksNothing('dense runs'),
      [catches(SUMS)]: ownTestMessages.bugNotCaught(SUMS, 1),
      [catches(KEEPS_ROW)]: ownTestMessages.bugNotCaught(KEEPS_ROW, 1),
      [catches(TRANSPOSED)]: ownTestMessages.bugNotCaught(TRANSPOSED, 1),
    });
    expect(ownTestMessages.checksNothing('dense runs')).toBe(
      'Your test "dense runs" calls no expect.*, so it passes whatever the code does and can catch no bug. Check the result with expect.shape, expect.allClose, expect.equal or expect.that.',
    );
  }, 120_000);

  it('fails a suite that misses one planted bug, naming that bug and only it, without its code', async () => {
    const report = await gradeFixture('misses-a-bug');
    expect(verdicts(report)).toEqual({
      [PASS]: 'passed',
      [catches(SUMS)]: 'passed',
      [catches(KEEPS_ROW)]: ownTestMessages.bugNotCaught(KEEPS_ROW, 1),
      [catches(TRANSPOSED)]: 'passed',
    });
    const message = report.tests[2]?.message ?? '';
    expect(message).toBe(
      'Your test does not catch the planted bug "adds up the batch but keeps a row axis, shape [1, out]": with it, every test still passes. Think about what this bug changes (a shape, a value, a dtype) and check exactly that.',
    );
    expect(message).not.toMatch(/sum\(0|function dense/);
  }, 120_000);

  it('fails a suite that fails on the correct dense(), with the failing test and its own message', async () => {
    const report = await gradeFixture('fails-correct');
    expect(report.tests[0]).toMatchObject({
      name: PASS,
      status: 'failed',
      message: ownTestMessages.failsOnCorrect(
        'dense gives shape [out, n]',
        'Your result has shape [4, 2], but shape [2, 4] was expected. Check which axis you reduce or reshape over.',
      ),
    });
  }, 120_000);

  it('fails code that throws outside a test, at the learner’s own line', async () => {
    const report = await gradeFixture('throws-outside-a-test');
    expect(report.passed).toBe(0);
    expect(report.tests[0]?.message).toMatch(/^Your code threw Error on line 1: Argument 'b' passed to 'add' must be a Tensor/);
  }, 120_000);

  it('fails a test that loops, by its time limit, naming it; the realm is ended', async () => {
    const run = await runOwnTests(openNodeRealm, {
      code: learnerCode('loops'),
      implementation: 'function dense(x, w, b) { return tf.tidy(() => tf.matMul(x, w).add(b)); }',
      seed: 1234,
      testTimeoutMs: 300,
      codeTimeoutMs: 5_000,
      startTimeoutMs: 60_000,
    });
    expect(run).toEqual({
      tests: [
        { name: 'dense gives shape [n, out]', status: 'passed', message: '', assertions: 1 },
        { name: 'dense is fast enough', status: 'timed-out', message: gradeMessages.testTimedOut(0.3), assertions: 0 },
      ],
    });
  }, 60_000);

  it('reports code that never finishes outside a test, a test that hangs without blocking, and one that throws', async () => {
    const base = { implementation: 'function dense() {}', seed: 1, testTimeoutMs: 200, codeTimeoutMs: 400, startTimeoutMs: 60_000 };
    expect(await runOwnTests(openNodeRealm, { ...base, code: 'while (true) {}' })).toEqual({
      tests: [],
      problem: gradeMessages.loadTimedOut(0.4),
    });
    const hangs = await runOwnTests(openNodeRealm, { ...base, code: 'test("waits forever", () => new Promise(() => {}));' });
    expect(hangs.tests).toEqual([{ name: 'waits forever', status: 'timed-out', message: testMessages.testTimedOut(0.2), assertions: 0 }]);
    const throws = await runOwnTests(openNodeRealm, { ...base, code: 'test("calls a typo", () => { dense().shape; });' });
    expect(throws.tests).toEqual([
      {
        name: 'calls a typo',
        status: 'failed',
        message: "The test threw TypeError: Cannot read properties of undefined (reading 'shape')",
        assertions: 0,
      },
    ]);
  }, 60_000);

  it('reports a hidden implementation that does not load as a bug of the exercise', async () => {
    const report = await grade(env, {
      code: learnerCode('good'),
      tests: 'learner.codeIsTests();\ntest("pass", () => learner.ownTestsPass("function dense( {"), { timeout: 30000 });',
      timeLimitSeconds: 5,
    });
    expect(report.tests[0]?.message).toMatch(
      /^The exercise's hidden implementation could not be loaded \(SyntaxError: .*\)\. This is a bug in the exercise/,
    );
  }, 60_000);
});
