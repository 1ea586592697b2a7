/**
 * Adversarial submissions: whatever the learner's code does in its own realm, a failing test
 * must stay failing. Each runs through the real isolation (a separate worker thread).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { grade, type GradeEnvironment } from '../../../src/grader/worker/grade-core';
import { nodeGradeEnvironment } from '../../../src/grader/realm/node-realm';
import { gradeMessages } from '../../../src/grader/messages';

let env: GradeEnvironment;
beforeAll(async () => {
  env = await nodeGradeEnvironment();
});

const tests = `
test('softmax matches', async () => {
  const logits = tf.tensor2d([[1, 2, 3], [0, 0, 5]]);
  expect.allClose(await learner.call('softmax', logits), tf.softmax(logits), { rtol: 1e-4, atol: 1e-6 });
});
test('rows sum to 1', async () => {
  expect.rowsSumTo(await learner.call('softmax', tf.tensor2d([[1, 2], [3, 4]])), 1);
});
`;
// Exponentiates but forgets to normalise: fails both tests.
const WRONG = 'function softmax(x) { return x.exp(); }';

async function gradeCode(code: string, timeLimitSeconds = 5) {
  return grade(env, { code, tests, timeLimitSeconds });
}

describe('grading isolation', () => {
  it('the wrong answer on its own fails both tests (the baseline for the attacks below)', async () => {
    expect((await gradeCode(WRONG)).summary).toBe('0 of 2 tests passed');
  });

  it.each([
    [
      'redefines expect and test',
      'globalThis.expect = { allClose() {}, rowsSumTo() {} }; globalThis.test = () => {}; var expect = globalThis.expect;',
    ],
    ['overwrites Math', 'Math.abs = () => 0; Math.max = () => Infinity; Math.min = () => -Infinity;'],
    [
      'pollutes Object.prototype and Array.prototype',
      "Object.prototype.status = 'passed'; Object.prototype.passed = 2; Array.prototype.every = () => true; Array.prototype.findIndex = () => -1;",
    ],
    [
      'replaces tf.tidy and tensor methods',
      'try { tf.tidy = (f) => f(); } catch {} tf.Tensor.prototype.sub = function () { return this.mul(0); };',
    ],
    [
      'posts fake "passed" messages to its parent',
      "const { parentPort } = await import('node:worker_threads'); for (let i = 0; i < 5; i++) parentPort.postMessage({ type: 'report', passed: 2, total: 2, summary: '2 of 2 tests passed' }); parentPort.postMessage({ type: 'loaded' });",
    ],
    [
      'freezes and redefines Number and JSON',
      'JSON.stringify = () => "[]"; Number.isFinite = () => true; Object.freeze(Object.prototype);',
    ],
  ])('a submission that %s cannot pass', async (_label, attack) => {
    const report = await gradeCode(`${attack}\n${WRONG}`);
    expect(report.summary).toBe('0 of 2 tests passed');
    expect(report.tests.every((t) => t.status === 'failed')).toBe(true);
  });

  it('forged replies for later calls are ignored: answers come only from real calls', async () => {
    const code = `const { parentPort } = await import('node:worker_threads');
${WRONG}
const real = softmax;
softmax = (x) => { parentPort.postMessage({ type: 'returned', callId: 99, value: [[0.09, 0.24, 0.67], [0.0066, 0.0066, 0.9867]] }); return real(x); };`;
    expect((await gradeCode(code)).summary).toBe('0 of 2 tests passed');
  });

  it('an infinite loop in a function times out, and the next test still runs on a fresh realm', async () => {
    const code = 'function softmax(x) { if (x.shape[1] === 3) { while (true) {} } return tf.softmax(x); }';
    const report = await gradeCode(code, 1);
    expect(report.tests.map((t) => t.status)).toEqual(['timed-out', 'passed']);
    expect(report.tests[0]?.message).toBe(gradeMessages.testTimedOut(1));
  });

  it('an infinite loop at the top level times out every test', async () => {
    const report = await gradeCode('while (true) {}', 1);
    expect(report.summary).toBe('0 of 2 tests passed');
    expect(report.tests.map((t) => t.message)).toEqual([gradeMessages.loadTimedOut(1), gradeMessages.loadTimedOut(1)]);
  });

  it('a throw at the top level is reported with its line', async () => {
    const report = await gradeCode('const a = 1;\n\nnotDefined();\n');
    expect(report.tests[0]?.message).toBe('Your code threw ReferenceError on line 3: notDefined is not defined');
  });

  it('a throw inside the function is reported with its line', async () => {
    const report = await gradeCode('function softmax(x) {\n  const y = x.exp();\n  return y.nope();\n}');
    expect(report.tests[0]?.message).toBe('Your softmax() threw TypeError on line 3: y.nope is not a function');
  });

  it('a missing function is named', async () => {
    const report = await gradeCode('function softMax(x) { return tf.softmax(x); }');
    expect(report.tests[0]?.message).toBe(gradeMessages.missingName('softmax'));
  });

  it('a submission that ends its own worker fails instead of hanging', async () => {
    const report = await gradeCode('function softmax(x) { process.exit(0); }');
    expect(report.summary).toBe('0 of 2 tests passed');
    expect(report.tests[0]?.message).toBe(gradeMessages.learnerStopped());
  });

  it('the right answer passes through the same path', async () => {
    const code =
      'function softmax(x) { return tf.tidy(() => { const e = x.sub(x.max(-1, true)).exp(); return e.div(e.sum(-1, true)); }); }';
    expect((await gradeCode(code)).summary).toBe('2 of 2 tests passed');
  });
});
