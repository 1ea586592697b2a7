// @vitest-environment happy-dom
/** The speed page tells each bench worker its language (a worker has no document), as a lesson page tells its kernel. */
import { afterEach, expect, it, vi } from 'vitest';
import { runBenchWorker } from '../../src/bench/run-bench-worker';
import type { BenchReply, BenchRequest } from '../../src/bench/protocol';

/** A stand-in bench worker: records what it is sent and answers `done` at once. */
class FakeWorker extends EventTarget {
  static sent: unknown[] = [];
  postMessage(data: unknown) {
    FakeWorker.sent.push(data);
    queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: { type: 'done' } satisfies BenchReply })));
  }
  terminate() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.lang = '';
  FakeWorker.sent = [];
});

it("sends the page's locale with the request", async () => {
  vi.stubGlobal('Worker', FakeWorker);
  const request: BenchRequest = { type: 'matmul', backend: 'cpu', sizes: [64] };
  document.documentElement.lang = 'zh-CN';
  await runBenchWorker(request, () => {});
  document.documentElement.lang = 'en';
  await runBenchWorker(request, () => {});
  expect(FakeWorker.sent).toEqual([
    { ...request, locale: 'zh-cn' },
    { ...request, locale: 'en' },
  ]);
});
