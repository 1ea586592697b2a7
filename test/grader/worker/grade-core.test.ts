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

describe('grade: watching how the learner trains', () => {
  // Each step is reported with the variables it updated as they were before it: w starts at
  // [0, 0, 1], so the first step sees 2 zeros; a learner who re-zeroes w[0] after each step keeps
  // one zero at every step, one who does not sees it grow back.
  const tests = `test('steps', async () => {
    const { value, steps, totalSteps } = await learner.watchTraining('fit');
    const zeros = steps.map((step) => step.filter((v) => v.shape.join() === '3').map((v) => v.zeros).join('')).join(' ');
    expect.that(false, 'value=' + value + ' total=' + totalSteps + ' zeros=' + zeros);
  });`;
  const training = (rezero: boolean) => `
    function fit() {
      const w = tf.variable(tf.tensor1d([0, 0, 1]), true, 'w');
      const optimizer = tf.train.sgd(0.1);
      for (let i = 0; i < 3; i++) {
        optimizer.minimize(() => w.sub(tf.tensor1d([1, 1, 1])).square().sum());
        ${rezero ? 'w.assign(w.mul(tf.tensor1d([0, 1, 1])));' : ''}
      }
      return 7;
    }`;
  const reported = async (code: string) => (await grade(env, { code, tests, timeLimitSeconds: 5 })).tests[0]?.message;

  it('records every optimizer step with the zeros each variable had before it', async () => {
    expect(await reported(training(true))).toBe('value=7 total=3 zeros=2 1 1');
    expect(await reported(training(false))).toBe('value=7 total=3 zeros=2 0 0');
  });

  it('sees the steps model.fit takes, and only those of the watched call', async () => {
    const code = `async function fit() {
      const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 1 })] });
      model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
      await model.fit(tf.ones([8, 3]), tf.ones([8, 1]), { epochs: 2, batchSize: 4, verbose: 0 });
      return 1;
    }
    function idle() { return 0; }`;
    const fitTests = `test('fit', async () => {
      const { steps, totalSteps } = await learner.watchTraining('fit');
      await learner.call('fit');
      const idle = await learner.watchTraining('idle');
      expect.that(false, 'total=' + totalSteps + ' shapes=' + steps[0].map((v) => v.shape.join('x')).join(',') + ' then=' + idle.totalSteps);
    });`;
    const report = await grade(env, { code, tests: fitTests, timeLimitSeconds: 10 });
    expect(report.tests[0]?.message).toBe('total=4 shapes=3x1,1 then=0');
  });

  it('gives the same verdict to the same submission: the tests’ own random numbers are seeded', async () => {
    const randomTests = `test('draws', async () => {
      const w = tf.randomNormal([3]).dataSync();
      expect.that(false, Math.random().toFixed(6) + ' ' + Array.from(w, (v) => v.toFixed(4)).join(' '));
    });`;
    const first = await grade(env, { code: '', tests: randomTests, timeLimitSeconds: 5 });
    const second = await grade(env, { code: '', tests: randomTests, timeLimitSeconds: 5 });
    expect(first.tests[0]?.message).toMatch(/^0\.\d{6} /);
    expect(second.tests[0]?.message).toBe(first.tests[0]?.message);
    expect((await grade(env, { code: '', tests: randomTests, timeLimitSeconds: 5, seed: 99 })).tests[0]?.message).not.toBe(
      first.tests[0]?.message,
    );
  });
});
