// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { prepareFirstRunAhead, SETTLE_DELAY_MS, type PrepareScope } from '../../../src/runtime/page/prepare-first-run';

/** A scope whose load event, timers and idle callbacks the test fires by hand. */
function fakeScope(readyState: DocumentReadyState = 'loading') {
  const timers: { callback: () => void; ms: number }[] = [];
  const idle: (() => void)[] = [];
  let onLoad: (() => void) | undefined;
  const scope: PrepareScope = {
    document: { readyState },
    addEventListener: (_type, listener) => (onLoad = listener),
    setTimeout: (callback, ms) => timers.push({ callback, ms }),
    requestIdleCallback: (callback) => idle.push(callback),
  };
  return {
    scope,
    timers,
    load: () => onLoad?.(),
    settle: () => {
      for (const timer of timers.splice(0)) timer.callback();
      for (const callback of idle.splice(0)) callback();
    },
  };
}

const twoCells = () => [document.createElement('section'), document.createElement('section')];

describe('prepareFirstRunAhead', () => {
  it('prepares once the page has settled: a few seconds after load, in an idle moment', () => {
    const prepare = vi.fn();
    const page = fakeScope();
    prepareFirstRunAhead(twoCells(), prepare, page.scope);
    expect(page.timers).toEqual([]);
    page.load();
    expect(page.timers.map((t) => t.ms)).toEqual([SETTLE_DELAY_MS]);
    expect(prepare).not.toHaveBeenCalled();
    page.settle();
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('starts the settle timer at once on a page that has already loaded', () => {
    const page = fakeScope('complete');
    prepareFirstRunAhead(twoCells(), vi.fn(), page.scope);
    expect(page.timers.map((t) => t.ms)).toEqual([SETTLE_DELAY_MS]);
  });

  it.each(['pointerover', 'focusin', 'touchstart'])('prepares at once on %s in a cell, and only once', (type) => {
    const prepare = vi.fn();
    const page = fakeScope();
    const cells = twoCells();
    prepareFirstRunAhead(cells, prepare, page.scope);
    cells[1]!.dispatchEvent(new Event(type, { bubbles: true }));
    expect(prepare).toHaveBeenCalledTimes(1);
    cells[0]!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    page.load();
    page.settle();
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('ignores events outside the cells', () => {
    const prepare = vi.fn();
    prepareFirstRunAhead(twoCells(), prepare, fakeScope().scope);
    document.body.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(prepare).not.toHaveBeenCalled();
  });

  it('prepares without an idle callback where the browser has none', () => {
    const prepare = vi.fn();
    const page = fakeScope('complete');
    delete page.scope.requestIdleCallback;
    prepareFirstRunAhead(twoCells(), prepare, page.scope);
    page.settle();
    expect(prepare).toHaveBeenCalledTimes(1);
  });
});
