/**
 * `test`/`expect` in a lesson cell, through the real kernel (tfjs on cpu, the learner display):
 * each verdict reaches the cell's Output as a test-result message with the grader's wording,
 * an awaited test is done before the cell is, and a failed test does not fail the cell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { startKernel } from '../../../src/runtime/kernel/kernel';
import type { DoneEvent, FailedEvent, ReadyEvent } from '../../../src/runtime/protocol';
import { FakeKernelScope } from './fake-kernel-scope';

const scope = new FakeKernelScope();
let runId = 0;

/** Runs one cell; returns how it ended and the test verdicts posted before that. */
async function run(code: string) {
  runId += 1;
  const id = runId;
  scope.send({ type: 'run', runId: id, cellId: `cell-${id}`, code });
  const end = await scope.seen((e): e is DoneEvent | FailedEvent => (e.type === 'done' || e.type === 'failed') && e.runId === id);
  const before = scope.events.slice(0, scope.events.indexOf(end));
  const verdicts = before.flatMap((e) => (e.type === 'display' && e.runId === id && e.message.kind === 'test-result' ? [e.message] : []));
  scope.events.length = 0;
  return { end, verdicts };
}

beforeAll(async () => {
  startKernel(scope);
  scope.send({ type: 'init', backend: 'cpu', probe: null, baseUrl: 'http://localhost/' });
  await scope.next((e): e is ReadyEvent => e.type === 'ready');
  scope.events.length = 0;
}, 30_000);

afterAll(() => tf.disposeVariables());

describe('test and expect in a lesson cell', () => {
  it("shows each verdict in the cell's Output, passed and failed, in the grader's words", async () => {
    const { end, verdicts } = await run(
      [
        'const layer = (x) => tf.matMul(x, tf.ones([3, 2]));',
        'await test("layer keeps the batch", () => expect.shape(layer(tf.ones([4, 3])), [4, 2]));',
        'await test("layer is wide", () => expect.shape(layer(tf.ones([4, 3])), [4, 5], "The layer\'s output"));',
      ].join('\n'),
    );
    expect(end.type).toBe('done');
    expect(verdicts).toEqual([
      { kind: 'test-result', status: 'passed', text: '✓ layer keeps the batch: passed' },
      {
        kind: 'test-result',
        status: 'failed',
        text: "✗ layer is wide: failed. The layer's output has shape [4, 2], but shape [4, 5] was expected. Check which axis you reduce or reshape over.",
      },
    ]);
  });

  it('finishes an awaited async test before the cell is done, and times out one that hangs', async () => {
    const { end, verdicts } = await run(
      [
        'await test("slow but fine", async () => { await sleep(50); expect.equal(1, 1); });',
        'await test("hangs", () => new Promise(() => {}), { timeout: 100 });',
        'console.log("after the tests");',
      ].join('\n'),
    );
    expect(end.type).toBe('done');
    expect(verdicts.map((v) => v.status)).toEqual(['passed', 'timed-out']);
    expect(verdicts[1]?.text).toBe(
      '⏱ hangs: timed out. Timed out: the test did not finish within 0.1 s. Look for a loop that never ends, or training that runs far longer than needed.',
    );
  });

  it('is done only once a test it did not await has its verdict', async () => {
    const { end, verdicts } = await run('test("later", async () => { await sleep(100); expect.that(true, "never"); });');
    expect(end.type).toBe('done');
    expect(verdicts).toEqual([{ kind: 'test-result', status: 'passed', text: '✓ later: passed' }]);
  });

  it('reports a test that throws, and resolves to the verdict', async () => {
    const { end, verdicts } = await run(
      'const v = await test("boom", () => { undefinedThing(); });\nif (v.status !== "failed") throw new Error("verdict");',
    );
    expect(end.type).toBe('done');
    expect(verdicts).toEqual([
      { kind: 'test-result', status: 'failed', text: '✗ boom: failed. The test threw ReferenceError: undefinedThing is not defined' },
    ]);
  });

  it('lets a failed expect outside a test fail the cell with its message', async () => {
    const { end } = await run('expect.equal(2 + 2, 5, "2 + 2");');
    expect(end).toMatchObject({
      type: 'failed',
      error: { name: 'ExpectFailure', message: '2 + 2 should be 5, but it is 4.', line: 1 },
    });
  });
});
