/**
 * A kernel worker has no document, so it cannot read the page's <html lang>: the page names its
 * locale in the init request and the worker speaks it. Here the real kernel (in node, where
 * nothing but setLocale decides the language) is started as a zh-CN page starts it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startKernel } from '../../../src/runtime/kernel/kernel';
import { setLocale } from '../../../src/i18n/current-locale';
import type { DoneEvent, FailedEvent, KernelEvent, ReadyEvent } from '../../../src/runtime/protocol';
import { FakeKernelScope } from './fake-kernel-scope';

const scope = new FakeKernelScope();
let runId = 0;

async function run(code: string) {
  runId += 1;
  const id = runId;
  scope.send({ type: 'run', runId: id, cellId: `cell-${id}`, code });
  const end = await scope.next((e): e is DoneEvent | FailedEvent => (e.type === 'done' || e.type === 'failed') && e.runId === id);
  const shown = scope.events.flatMap((e) => (e.type === 'display' && e.runId === id ? [e.message] : []));
  scope.events.length = 0;
  return Object.assign(end, { shown });
}

beforeAll(async () => {
  startKernel(scope);
  scope.send({ type: 'init', backend: 'cpu', probe: null, baseUrl: 'http://localhost/', locale: 'zh-cn' });
  await scope.next((e: KernelEvent): e is ReadyEvent => e.type === 'ready');
}, 30_000);

afterAll(() => setLocale('en'));

it("speaks the page's language: a zh-CN page's kernel explains a cell's errors and show.* mistakes in Chinese", async () => {
  const thrown = await run('throw undefined;');
  expect(thrown).toMatchObject({ type: 'failed', error: { kind: 'thrown' } });
  expect(thrown.type === 'failed' && thrown.error.message).toBe(
    '单元格抛出了 undefined，它不是 Error，因此没有错误消息，也没有行号。请改为 throw new Error("出了什么问题")。',
  );
  const wrongShow = await run('show.scatter(tf.zeros([5, 3]));');
  expect(wrongShow.type === 'failed' && wrongShow.error.message).toBe(
    'show.scatter 需要形状为 [n, 2] 的点（张量，或由 [x, y] 对组成的数组），但收到的是形状为 [5, 3] 的张量。',
  );
  const chart = await run("const chart = show.line({ title: '损失', series: ['loss'] });");
  expect(chart.shown).toContainEqual(expect.objectContaining({ kind: 'line-create', xLabel: '步数' }));
  const huge = await run('tf.zeros([1e5, 1e5]);');
  expect(huge).toMatchObject({
    type: 'failed',
    fatal: false,
    error: { kind: 'memory', message: expect.stringMatching(/^内存不足，无法创建这个张量/) },
  });
});
