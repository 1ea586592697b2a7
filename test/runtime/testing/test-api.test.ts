/**
 * `test` and `expect` as learner code gets them (lesson cells, learner-written tests): verdicts,
 * their wording, time limits, order, a test that checks nothing, and tensors cleaned up.
 */
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createTestApi, type TestVerdict } from '../../../src/runtime/testing/test-api';
import { expectMessages, testMessages } from '../../../src/runtime/testing/expect-messages';
import { gradeMessages } from '../../../src/grader/messages';

await tf.setBackend('cpu');

function api(timeoutMs?: number) {
  const events: string[] = [];
  const verdicts: TestVerdict[] = [];
  const tests = createTestApi(
    tf,
    {
      started: (name, index) => events.push(`start ${index} ${name}`),
      finished: (verdict, index) => {
        events.push(`end ${index} ${verdict.name}`);
        verdicts.push(verdict);
      },
    },
    timeoutMs === undefined ? {} : { timeoutMs },
  );
  return { ...tests, events, verdicts };
}

describe('test(name, fn) for learner code', () => {
  it('passes a test whose checks hold, and counts its checks', async () => {
    const { test, expect: check } = api();
    const verdict = await test('zeros has the asked shape', () => {
      check.shape(tf.zeros([2, 3]), [2, 3]);
      check.equal(1 + 1, 2);
    });
    expect(verdict).toMatchObject({ name: 'zeros has the asked shape', status: 'passed', message: '', assertions: 2 });
  });

  it("fails with expect's own message, the grader's wording", async () => {
    const { test, expect: check } = api();
    const verdict = await test('shape', () => check.shape(tf.zeros([2, 4]), [2, 3]));
    expect(verdict.status).toBe('failed');
    expect(verdict.message).toBe(expectMessages.shapeMismatch('Your result', [2, 3], [2, 4]));
    expect(verdict.message).toBe(gradeMessages.shapeMismatch('Your result', [2, 3], [2, 4]));
    expect(verdict.message).toBe(
      'Your result has shape [2, 4], but shape [2, 3] was expected. Check which axis you reduce or reshape over.',
    );
  });

  it('reports a test that throws something else as the error it threw', async () => {
    const { test } = api();
    const verdict = await test('throws', () => {
      throw new TypeError('x is not a function');
    });
    expect(verdict).toMatchObject({ status: 'failed', message: 'The test threw TypeError: x is not a function' });
  });

  it('times out a test that never finishes, and goes on with the next', async () => {
    const { test, expect: check } = api();
    const hung = test('hangs', () => new Promise(() => {}), { timeout: 50 });
    const next = test('after', () => check.that(true, 'never'));
    expect(await hung).toMatchObject({ status: 'timed-out', message: gradeMessages.testTimedOut(0.05) });
    expect((await next).status).toBe('passed');
  });

  it('uses the default time limit given to it', async () => {
    const { test } = api(30);
    expect((await test('slow', () => new Promise((resolve) => setTimeout(resolve, 500)))).status).toBe('timed-out');
  });

  it('says so when a test checks nothing (it could never fail)', async () => {
    const { test } = api();
    const verdict = await test('nothing', () => {
      tf.zeros([2]);
    });
    expect(verdict).toMatchObject({ status: 'passed', assertions: 0, message: testMessages.noAssertion() });
    expect(verdict.message).toBe(
      'It calls no expect.*, so it cannot fail: check a value with expect.shape, expect.allClose, expect.equal or expect.that.',
    );
  });

  it('runs tests one after another, in the order they were written, even when not awaited', async () => {
    const { test, expect: check, events, settled } = api();
    void test('first', async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      check.that(true, '');
    });
    void test('second', () => check.that(true, ''));
    await settled();
    expect(events).toEqual(['start 0 first', 'end 0 first', 'start 1 second', 'end 1 second']);
  });

  it('disposes the tensors a test makes', async () => {
    const { test, expect: check } = api();
    const before = tf.memory().numTensors;
    await test('makes tensors', () => check.shape(tf.ones([3]).add(1), [3]));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a call without a name and a function', () => {
    const { test } = api();
    expect(() => test(undefined as unknown as string, () => {})).toThrow(
      'test(name, fn) needs a name (a string) and a function, but it got undefined and a function.',
    );
  });

  it('words each verdict for the Output list', () => {
    expect(testMessages.verdict('shape', 'passed', '')).toBe('✓ shape: passed');
    expect(testMessages.verdict('shape', 'failed', 'Why.')).toBe('✗ shape: failed. Why.');
    expect(testMessages.verdict('loop', 'timed-out', 'Timed out.')).toBe('⏱ loop: timed out. Timed out.');
    expect(testMessages.verdict('empty', 'passed', 'Note.')).toBe('✓ empty: passed (Note.)');
  });
});
