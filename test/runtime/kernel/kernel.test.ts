/**
 * The real kernel (tfjs on the CPU backend, the learner display and tools) driven through the
 * message protocol, as the page drives it, in Node instead of a worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { startKernel } from '../../../src/runtime/kernel/kernel';
import type { DoneEvent, FailedEvent, KernelEvent, ReadyEvent } from '../../../src/runtime/protocol';
import { FakeKernelScope } from './fake-kernel-scope';

const scope = new FakeKernelScope();
let runId = 0;
const isReady = (e: KernelEvent): e is ReadyEvent => e.type === 'ready';

/** Runs one cell and returns how it ended and the console text it printed. */
async function run(code: string, cellId = 'cell') {
  runId += 1;
  const id = runId;
  scope.send({ type: 'run', runId: id, cellId, code });
  const end = await scope.next((e): e is DoneEvent | FailedEvent => (e.type === 'done' || e.type === 'failed') && e.runId === id);
  const printed = scope.events
    .filter((e) => e.type === 'display' && e.runId === id)
    .flatMap((e) => (e.type === 'display' && e.message.kind === 'console' ? e.message.lines.map((l) => l.parts.join(' ')) : []));
  scope.events.length = 0;
  return { end, printed };
}

beforeAll(async () => {
  startKernel(scope);
  scope.send({ type: 'init', backend: 'cpu', probe: null, baseUrl: 'http://localhost/' });
  const ready = await scope.next(isReady);
  expect(ready).toMatchObject({ backend: 'cpu', requested: 'cpu', fallbackFrom: null, wasmThreads: null });
}, 30_000);

afterAll(() => {
  tf.disposeVariables();
});

describe('the kernel', () => {
  it('shares top-level names between cells and supports top-level await', async () => {
    expect((await run('const base = await Promise.resolve(40);\nfunction plus(n) { return base + n; }', 'a')).end.type).toBe('done');
    const { end, printed } = await run('console.log(plus(2));', 'b');
    expect(end.type).toBe('done');
    expect(printed).toEqual(['42']);
  });

  it('reports runtime errors at the cell line, also from inside tfjs', async () => {
    const { end } = await run('const t = tf.ones([2, 2]);\n\nt.reshape([3]);', 'shape');
    expect(end).toMatchObject({ type: 'failed', error: { kind: 'runtime', line: 3 } });
    tf.dispose((globalThis as Record<string, unknown>)['t'] as tf.Tensor);
  });

  it('reports syntax errors at the cell line without running anything', async () => {
    const { end } = await run('console.log("never");\nconst = 1;', 'syntax');
    expect(end).toMatchObject({ type: 'failed', error: { kind: 'syntax', line: 2 } });
  });

  it('reports a thrown non-Error', async () => {
    const { end } = await run('throw undefined;', 'thrown');
    expect(end).toMatchObject({ type: 'failed', error: { kind: 'thrown', message: expect.stringContaining('threw undefined') } });
  });

  it('turns a huge allocation into a memory error and keeps going', async () => {
    const { end } = await run('tf.zeros([1e5, 1e5]);', 'huge');
    expect(end).toMatchObject({ type: 'failed', fatal: false, error: { kind: 'memory' } });
    expect((await run('console.log(tf.ones([2]).sum().dataSync()[0]);', 'after')).printed).toEqual(['2']);
  });

  it('reports the tensors a run leaked', async () => {
    const before = tf.memory().numTensors;
    const { end } = await run('const kept = tf.ones([10]);\ntf.tidy(() => { tf.ones([5]).add(1); });', 'leak');
    expect(end).toMatchObject({ type: 'done', leak: { addedTensors: 1, addedBytes: 40 } });
    expect(tf.memory().numTensors).toBe(before + 1);
    tf.dispose((globalThis as Record<string, unknown>)['kept'] as tf.Tensor);
  });

  it('ignores malformed requests', async () => {
    scope.send({ type: 'run', code: 'globalThis.sneaky = 1' });
    scope.send('nonsense');
    const { end, printed } = await run('console.log(typeof sneaky);', 'check');
    expect(end.type).toBe('done');
    expect(printed).toEqual(['undefined']);
  });
});
