// @vitest-environment happy-dom
/** A cell's test verdicts in its Output: one list named "Tests" per run of verdicts, read in words. */
import { describe, expect, it } from 'vitest';
import { OutputView } from '../../../../src/runtime/page/output/output-view';
import type { TestResultMessage } from '../../../../src/runtime/display/protocol';
import { isDisplayMessage } from '../../../../src/runtime/display/protocol';
import { mountCell } from '../mount-cell';

const passed: TestResultMessage = { kind: 'test-result', status: 'passed', text: '✓ shape: passed' };
const failed: TestResultMessage = { kind: 'test-result', status: 'failed', text: '✗ width: failed. Your result has shape [4, 2].' };

function setup() {
  document.body.replaceChildren();
  const root = mountCell('out', '').output;
  const frames: Array<() => void> = [];
  const view = new OutputView(root, { requestFrame: (callback) => frames.push(callback) });
  const paint = () => {
    for (let i = 0; i < 3; i++) for (const frame of frames.splice(0)) frame();
  };
  return { root, view, paint };
}

describe('test verdicts in the Output', () => {
  it('groups verdicts in a row into one list named Tests, an item per test', () => {
    const { root, view, paint } = setup();
    view.render(passed);
    paint();
    view.render(failed);
    paint();
    const lists = root.querySelectorAll('ul');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.getAttribute('role')).toBe('list');
    expect(lists[0]?.getAttribute('aria-label')).toBe('Tests');
    expect([...root.querySelectorAll('li')].map((li) => [li.className, li.textContent])).toEqual([
      ['out-line out-test out-test-passed', '✓ shape: passed'],
      ['out-line out-test out-test-failed', '✗ width: failed. Your result has shape [4, 2].'],
    ]);
  });

  it('starts a new list after other output, and after a clear', () => {
    const { root, view, paint } = setup();
    view.render(passed);
    view.render({ kind: 'console', lines: [{ level: 'log', parts: ['between'] }] });
    view.render(failed);
    paint();
    expect(root.querySelectorAll('ul')).toHaveLength(2);
    view.clear();
    view.render(passed);
    paint();
    expect(root.querySelectorAll('ul')).toHaveLength(1);
  });

  it('accepts only well-formed verdict messages from the worker', () => {
    expect(isDisplayMessage(passed)).toBe(true);
    expect(isDisplayMessage({ kind: 'test-result', status: 'won', text: 'x' })).toBe(false);
    expect(isDisplayMessage({ kind: 'test-result', status: 'passed' })).toBe(false);
  });
});
