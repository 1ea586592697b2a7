import { beforeAll, describe, expect, it } from 'vitest';
import { grade, type GradeEnvironment } from '../../../src/grader/worker/grade-core';
import { nodeGradeEnvironment } from '../../../src/grader/realm/node-realm';

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

describe('grade: the learner bridge', () => {
  it('catches a function that leaks tensors, and accepts it once tidied', async () => {
    const tests = "test('no leaks', async () => { await learner.noLeakedTensors('square', tf.tensor([1, 2])); });";
    const leaky = await grade(env, { code: 'function square(x) { const y = x.mul(1); return x.mul(x); }', tests, timeLimitSeconds: 5 });
    expect(leaky.tests[0]?.message).toBe(
      'square() leaves 1 tensor behind each call. Wrap the work in tf.tidy(() => …) or dispose() the tensors you no longer need.',
    );
    const tidy = await grade(env, { code: 'function square(x) { return tf.tidy(() => x.mul(1).mul(x)); }', tests, timeLimitSeconds: 5 });
    expect(tidy.summary).toBe('1 of 1 tests passed');
  });

  it('sends grader functions as callbacks whose calls the grader counts', async () => {
    const tests = `test('budget', async () => {
      let calls = 0;
      const result = await learner.call('callTwice', (n) => { calls += 1; return n * 10; });
      expect.equal([result, calls], [50, 2], 'result and calls');
    });`;
    const code = 'async function callTwice(f) { return (await f(2)) + (await f(3)); }';
    expect((await grade(env, { code, tests, timeLimitSeconds: 5 })).summary).toBe('1 of 1 tests passed');
  });

  it('round-trips a tf.LayersModel both ways with its weights', async () => {
    const tests = `test('model', async () => {
      const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1, useBias: false, weights: [tf.tensor2d([[2], [3]])] })] });
      const back = await learner.call('echo', model);
      expect.allClose(back.predict(tf.tensor2d([[1, 1]])), [[5]], { what: 'the model that came back' });
    });`;
    expect((await grade(env, { code: 'function echo(m) { return m; }', tests, timeLimitSeconds: 5 })).summary).toBe('1 of 1 tests passed');
  });

  it("honours a test's own timeout", async () => {
    const tests = "test('quick', async () => { await learner.call('slow'); }, { timeout: 300 });";
    const report = await grade(env, { code: 'async function slow() { await sleep(2000); }', tests, timeLimitSeconds: 5 });
    expect(report.tests[0]).toMatchObject({
      status: 'timed-out',
      message:
        'Timed out: the test did not finish within 0.3 s. Look for a loop that never ends, or training that runs far longer than needed.',
    });
  });

  it('reports a broken tests file as a problem of the exercise, not of the learner', async () => {
    const report = await grade(env, { code: '', tests: 'test(', timeLimitSeconds: 5 });
    expect(report.problem).toMatch(/^The exercise's tests could not be read \(.+\)\. This is a bug in the exercise; please report it\.$/);
    expect(report.total).toBe(0);
  });

  it('a value that cannot cross is explained', async () => {
    const tests = "test('fn', async () => { await learner.call('make'); });";
    const report = await grade(env, { code: 'function make() { return () => 1; }', tests, timeLimitSeconds: 5 });
    expect(report.tests[0]?.message).toBe(
      'What make() returned cannot be sent to the grader. Return tensors, numbers, strings, booleans, arrays, plain objects or a tf.LayersModel.',
    );
  });
});
