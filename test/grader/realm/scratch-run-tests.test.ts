/**
 * The Run button of an exercise (a scratch run in a fresh learner realm) shows the verdicts of the
 * code's own test(...)s, as a lesson cell does: each verdict is a console line, and the run ends
 * only once every test it started has one (an async test included), so none arrives after the
 * run is over. Exercises whose answer is tests (lesson 14's) rely on it.
 */
import { describe, expect, it } from 'vitest';
import { openNodeRealm } from '../../../src/grader/realm/node-realm';
import type { LearnerEvent, RunDoneEvent } from '../../../src/grader/realm/learner-protocol';

/** Runs `code` once in a fresh realm, as the Run button does: the console lines before run-done, and run-done. */
function scratchRun(code: string): Promise<{ lines: string[]; done: RunDoneEvent }> {
  const realm = openNodeRealm();
  const lines: string[] = [];
  return new Promise((resolve) => {
    realm.onMessage((event: LearnerEvent) => {
      // tfjs's own hint in node ("install our node backend") is not the code's output.
      if (event.type === 'console' && !event.text.includes('tfjs-node')) lines.push(event.text);
      if (event.type !== 'run-done') return;
      realm.terminate();
      resolve({ lines, done: event });
    });
    realm.post({ type: 'run', code, seed: 1, locale: 'en' });
  });
}

describe('a scratch run of code with tests', () => {
  it('prints each verdict, the slow async one too, before the run ends', async () => {
    const { lines, done } = await scratchRun(`
test('shape', () => expect.shape(tf.ones([2, 3]), [2, 3]));
test('slow and wrong', async () => {
  await sleep(300);
  expect.shape(tf.ones([2, 3]), [3, 2]);
});
console.log('top level done');
`);
    expect(done.error).toBeUndefined();
    expect(lines[0]).toBe('top level done');
    expect(lines[1]).toBe('✓ shape: passed');
    expect(lines[2]).toMatch(/^✗ slow and wrong: failed\. Your result has shape \[2, 3\], but shape \[3, 2\] was expected\./);
    expect(lines).toHaveLength(3);
  }, 60_000);

  it('still reports the verdicts of tests started before the code threw', async () => {
    const { lines, done } = await scratchRun(`
test('before the throw', async () => {
  await sleep(100);
  expect.equal(1 + 1, 2);
});
throw new Error('stop here');
`);
    expect(done.error?.message).toBe('stop here');
    expect(lines).toEqual(['✓ before the throw: passed']);
  }, 60_000);
});
