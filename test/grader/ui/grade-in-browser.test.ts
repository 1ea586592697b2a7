// @vitest-environment happy-dom
/**
 * The page's side of a Check: aborting its signal stops the grading worker and is reported as
 * stopped, never as a timed-out or failed report. The worker is a stand-in that never answers,
 * as a Check does while the learner's code trains.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gradeInBrowser, runScratch } from '../../../src/grader/ui/grade-in-browser';

class SilentWorker extends EventTarget {
  static started: SilentWorker[] = [];
  terminated = false;
  readonly posted: unknown[] = [];
  constructor() {
    super();
    SilentWorker.started.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

const request = { code: 'function f() {}', tests: "test('t', () => {});", timeLimitSeconds: 10 };

beforeEach(() => {
  SilentWorker.started = [];
  vi.stubGlobal('Worker', SilentWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.lang = 'en';
});

describe('gradeInBrowser', () => {
  it('passes the request to a fresh grading worker', () => {
    void gradeInBrowser(request, new AbortController().signal);
    expect(SilentWorker.started).toHaveLength(1);
    expect(SilentWorker.started[0]?.posted[0]).toMatchObject({ type: 'grade', request });
  });

  it('an abort ends the worker and resolves as stopped, not as timed out', async () => {
    const controller = new AbortController();
    const outcome = gradeInBrowser(request, controller.signal);
    controller.abort();
    const result = await outcome;
    expect(result).toMatchObject({ stopped: true });
    expect('problem' in result).toBe(false);
    expect(SilentWorker.started[0]?.terminated).toBe(true);
  });

  it('an already aborted signal starts no worker', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await gradeInBrowser(request, controller.signal)).toEqual({ stopped: true, ms: 0 });
    expect(SilentWorker.started).toHaveLength(0);
  });

  it("the report the worker sends with the Check's nonce is the outcome", async () => {
    const outcome = gradeInBrowser(request, new AbortController().signal);
    const worker = SilentWorker.started[0];
    const { nonce } = worker?.posted[0] as { nonce: string };
    const report = { passed: 1, total: 1, summary: '1 of 1 tests passed', tests: [], ms: 5 };
    worker?.dispatchEvent(new MessageEvent('message', { data: { type: 'report', nonce: 'forged', report: { ...report, passed: 9 } } }));
    worker?.dispatchEvent(new MessageEvent('message', { data: { type: 'report', nonce, report } }));
    expect(await outcome).toEqual(report);
    expect(worker?.terminated).toBe(true);
  });

  it('tells the grading worker the page’s language (a worker has no document), and a scratch run’s realm too', () => {
    document.documentElement.lang = 'zh-CN';
    void gradeInBrowser(request, new AbortController().signal);
    expect(SilentWorker.started[0]?.posted[0]).toMatchObject({ type: 'grade', locale: 'zh-cn' });
    runScratch('console.log(1)', () => {}, 5).stop();
    expect(SilentWorker.started[1]?.posted[0]).toMatchObject({ type: 'run', locale: 'zh-cn' });

    document.documentElement.lang = 'en';
    void gradeInBrowser(request, new AbortController().signal);
    expect(SilentWorker.started[2]?.posted[0]).toMatchObject({ type: 'grade', locale: 'en' });
  });

  it('a grading worker that fails without a reason is reported in the page’s language', async () => {
    document.documentElement.lang = 'zh-CN';
    const outcome = gradeInBrowser(request, new AbortController().signal);
    SilentWorker.started[0]?.dispatchEvent(new Event('error'));
    expect(await outcome).toMatchObject({ problem: '评分器本身出错了（worker 出错）。这是练习的问题，不是你的代码的问题；请报告它。' });
  });
});
