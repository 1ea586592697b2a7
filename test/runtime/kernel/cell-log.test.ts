/**
 * `log` in a lesson cell, through the real kernel (tfjs on cpu, the learner display): the lesson
 * named in `init` owns the log, a kernel started again on the same storage (Restart) sees the
 * runs, and `log.compare` posts its table, its chart and the Experiment log panel into the cell's
 * Output. Node has no IndexedDB: the log lives in the process's memory store, as in lesson tests.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startKernel } from '../../../src/runtime/kernel/kernel';
import type { DisplayMessage } from '../../../src/runtime/display/protocol';
import type { DoneEvent, FailedEvent, ReadyEvent } from '../../../src/runtime/protocol';
import { memoryLogBackend } from '../../../src/runtime/log/log-store';
import { FakeKernelScope } from './fake-kernel-scope';

/** A started kernel of `lesson`; `run` runs one cell and returns how it ended and what it displayed. */
async function kernelOf(lesson: string) {
  const scope = new FakeKernelScope();
  let runId = 0;
  startKernel(scope);
  scope.send({ type: 'init', backend: 'cpu', probe: null, baseUrl: 'http://localhost/', lesson });
  await scope.next((e): e is ReadyEvent => e.type === 'ready');
  scope.events.length = 0;
  return async (code: string) => {
    runId += 1;
    const id = runId;
    scope.send({ type: 'run', runId: id, cellId: `cell-${id}`, code });
    const end = await scope.next((e): e is DoneEvent | FailedEvent => (e.type === 'done' || e.type === 'failed') && e.runId === id);
    const shown: DisplayMessage[] = scope.events.flatMap((e) => (e.type === 'display' && e.runId === id ? [e.message] : []));
    scope.events.length = 0;
    return { end, shown };
  };
}

/** The console lines of a run, as the Output shows them. */
const printed = (shown: DisplayMessage[]) =>
  shown.flatMap((message) => (message.kind === 'console' ? message.lines.map((line) => line.parts.join(' ')) : []));

afterAll(() => memoryLogBackend().clear());

describe('log in a lesson cell', () => {
  it("keeps the lesson's runs through a restart and compares them in the Output with the panel", async () => {
    const first = await kernelOf('capstone-test');
    const recorded = await first(
      [
        'await log.clear();',
        "for (const seed of [1, 2]) await log.record({ name: 'baseline', seed, figures: { accuracy: 0.9 + seed / 100 }, curves: { loss: [1, 0.5] } });",
      ].join('\n'),
    );
    expect(recorded.end.type).toBe('done');

    const restarted = await kernelOf('capstone-test');
    const { end, shown } = await restarted("const { rows } = await log.compare({ curve: 'loss' });\nconsole.log(rows[0].seeds.join(' '));");
    expect(end.type).toBe('done');
    const kinds = shown.map((message) => message.kind);
    expect(kinds).toEqual(expect.arrayContaining(['table', 'line-create', 'log-panel', 'console']));
    expect(shown.find((message) => message.kind === 'table')).toMatchObject({
      title: 'Experiment log',
      columns: ['run', 'seeds', 'accuracy', 'accuracy 95 % interval'],
      rows: [['baseline', '2', '0.915', '0.8515 … 0.9785']],
    });
    expect(shown.find((message) => message.kind === 'log-panel')).toMatchObject({ lesson: 'capstone-test' });
    expect(printed(shown)).toContain('1 2');

    const other = await kernelOf('another-lesson');
    const { shown: empty } = await other("console.log('runs', (await log.runs()).length);");
    expect(printed(empty)).toEqual(['runs 0']);
  }, 60_000);

  it('a wrong run fails the cell with the LogError that says how to fix it', async () => {
    const run = await kernelOf('capstone-test');
    const { end } = await run("await log.record({ name: 'a', figures: { accuracy: '91 %' } });");
    expect(end).toMatchObject({
      type: 'failed',
      error: { name: 'LogError', message: expect.stringContaining('log.record: figures.accuracy: expected a number, received text.') },
    });
  }, 60_000);
});
