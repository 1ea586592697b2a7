import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KernelClient } from '../../../src/runtime/page/kernel-client';
import type { KernelRequest, ReadyEvent } from '../../../src/runtime/protocol';

/** A stand-in worker: records requests, lets the test answer as the kernel would. */
class FakeWorker {
  readonly sent: KernelRequest[] = [];
  terminated = false;
  readonly #listeners = new Map<string, Array<(event: { data?: unknown; message?: string; preventDefault(): void }) => void>>();
  postMessage(data: KernelRequest) {
    this.sent.push(data);
  }
  terminate() {
    this.terminated = true;
  }
  addEventListener(type: string, listener: (event: { data?: unknown; preventDefault(): void }) => void) {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }
  emit(data: unknown) {
    for (const listener of this.#listeners.get('message') ?? []) listener({ data, preventDefault() {} });
  }
  fail(message: string) {
    for (const listener of this.#listeners.get('error') ?? []) listener({ message, preventDefault() {} });
  }
  lastRun() {
    return this.sent.filter((r) => r.type === 'run').at(-1) as Extract<KernelRequest, { type: 'run' }>;
  }
}

const ready: ReadyEvent = {
  type: 'ready',
  backend: 'wasm',
  requested: 'auto',
  probe: { times: { wasm: 1, cpu: 30 }, softwareWebgl: true },
  probed: true,
  crossOriginIsolated: true,
  wasmThreads: 1,
  fallbackFrom: null,
  loadMs: 300,
};
const leak = { after: { numTensors: 0, numBytes: 0 }, addedTensors: 0, addedBytes: 0 };

let workers: FakeWorker[];
const makeClient = () =>
  new KernelClient({
    baseUrl: 'http://localhost/',
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
  });

beforeEach(() => {
  workers = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('KernelClient', () => {
  it('starts the worker on first run, sends init, and runs once ready', async () => {
    const client = makeClient();
    expect(workers).toHaveLength(0);
    const { runId, outcome } = client.run('console.log(1)', 'a');
    expect(workers).toHaveLength(1);
    const worker = workers[0]!;
    expect(worker.sent).toEqual([{ type: 'init', backend: 'auto', probe: null, baseUrl: 'http://localhost/', locale: 'en' }]);
    worker.emit(ready);
    expect(client.state.phase).toBe('ready');
    expect(worker.lastRun()).toEqual({ type: 'run', runId, cellId: 'a', code: 'console.log(1)' });
    worker.emit({ type: 'done', runId, cellId: 'a', ms: 5, leak });
    await expect(outcome).resolves.toEqual({ status: 'done', ms: 5, leak });
  });

  it('runs cells one at a time, in click order', async () => {
    const client = makeClient();
    const first = client.run('1', 'a');
    const second = client.run('2', 'b');
    const worker = workers[0]!;
    worker.emit(ready);
    expect(worker.sent.filter((r) => r.type === 'run')).toHaveLength(1);
    worker.emit({ type: 'done', runId: first.runId, cellId: 'a', ms: 1, leak });
    expect(worker.lastRun().runId).toBe(second.runId);
    worker.emit({
      type: 'failed',
      runId: second.runId,
      cellId: 'b',
      ms: 1,
      leak: null,
      fatal: false,
      error: { kind: 'thrown', name: 'x', message: 'y', line: null, column: null },
    });
    await expect(second.outcome).resolves.toMatchObject({ status: 'failed', error: { kind: 'thrown' } });
  });

  it('stops a run by terminating the worker, then starts a clean kernel with the measured probe', async () => {
    const client = makeClient();
    const running = client.run('while (true) {}', 'a');
    const queued = client.run('1', 'b');
    workers[0]!.emit(ready);
    vi.advanceTimersByTime(1500);
    client.stop();
    expect(workers[0]!.terminated).toBe(true);
    await expect(running.outcome).resolves.toEqual({ status: 'stopped', reason: 'user', ms: expect.any(Number) });
    await expect(queued.outcome).resolves.toMatchObject({ status: 'stopped', reason: 'restart' });
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent[0]).toEqual({ type: 'init', backend: 'auto', probe: ready.probe, baseUrl: 'http://localhost/', locale: 'en' });
    expect(client.state.restarts).toBe(1);
  });

  it('stops a run that passes its time limit', async () => {
    const client = makeClient();
    const { outcome } = client.run('while (true) {}', 'a', { timeLimitMs: 1000 });
    vi.advanceTimersByTime(5000); // kernel still loading: the limit has not started
    expect(workers[0]!.terminated).toBe(false);
    workers[0]!.emit(ready);
    vi.advanceTimersByTime(999);
    expect(workers[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(workers[0]!.terminated).toBe(true);
    await expect(outcome).resolves.toMatchObject({ status: 'stopped', reason: 'time-limit' });
  });

  it('takes a queued run off the queue without touching the kernel', async () => {
    const client = makeClient();
    client.run('1', 'a');
    const queued = client.run('2', 'b');
    workers[0]!.emit(ready);
    expect(client.cancel(queued.runId)).toBe(true);
    await expect(queued.outcome).resolves.toMatchObject({ status: 'stopped', reason: 'cancelled' });
    expect(workers[0]!.terminated).toBe(false);
  });

  it('switches backend by restarting with the new preference', () => {
    const client = makeClient();
    client.start();
    workers[0]!.emit(ready);
    client.setBackend('cpu');
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.sent[0]).toMatchObject({ type: 'init', backend: 'cpu' });
    expect(client.state).toMatchObject({ phase: 'starting', preference: 'cpu' });
  });

  it('restarts by itself after a fatal error', async () => {
    const client = makeClient();
    const { runId, outcome } = client.run('tf.zeros([1e5, 1e5])', 'a');
    workers[0]!.emit(ready);
    workers[0]!.emit({
      type: 'failed',
      runId,
      cellId: 'a',
      ms: 1,
      leak: null,
      fatal: true,
      error: { kind: 'memory', name: 'RuntimeError', message: 'Aborted()', line: 1, column: 1 },
    });
    await expect(outcome).resolves.toMatchObject({ status: 'failed', fatal: true });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
  });

  it('reports a worker that fails to load and ends queued runs', async () => {
    const client = makeClient();
    const { outcome } = client.run('1', 'a');
    workers[0]!.fail('could not load');
    expect(client.state).toMatchObject({ phase: 'failed', error: 'could not load' });
    await expect(outcome).resolves.toMatchObject({ status: 'stopped', reason: 'crash' });
  });

  it('drops malformed messages and forwards valid events', () => {
    const client = makeClient();
    const seen: string[] = [];
    client.onEvent((event) => seen.push(event.type));
    client.start();
    workers[0]!.emit({ type: 'ready' });
    workers[0]!.emit('garbage');
    workers[0]!.emit({ type: 'display', runId: 1, cellId: 'a', message: { kind: 'notice', level: 'info', text: 'x' } });
    expect(seen).toEqual(['display']);
    expect(client.state.phase).toBe('starting');
  });
});
