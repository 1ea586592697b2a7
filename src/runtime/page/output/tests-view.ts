/**
 * The verdicts of a cell's `test(name, fn)` calls: one list named "Tests", one item per test
 * ("✓ shape: passed", "✗ shape: failed. <why>", "⏱ … timed out"), so a screen reader announces
 * a list of N items and reads each verdict in words; colour only repeats what the words say
 * (role="list" is explicit: Safari drops it from a list styled without markers). Each item is an
 * Output line too (`out-line`), so whatever reads a cell's printed lines (the lesson claims in
 * e2e) reads its verdicts in order with them.
 */
import { element } from './dom';
import { testMessages } from '../../testing/expect-messages';
import type { TestResultMessage } from '../../display/protocol';

/** An empty list of test verdicts. */
export function renderTestList(): HTMLUListElement {
  return element('ul', { className: 'out-tests', attributes: { role: 'list', 'aria-label': testMessages.listLabel() } });
}

/** One verdict, as an item of that list. */
export function renderTestResult(message: TestResultMessage): HTMLLIElement {
  return element('li', { className: `out-line out-test out-test-${message.status}`, text: message.text });
}
