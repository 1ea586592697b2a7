/**
 * The course map's completion per lesson ("2 of 3 exercises passed"), read from the progress
 * store when the page loads. Each lesson item carries its exercise ids in `data-exercises`.
 */
import { progressStore } from './store';
import { progressUi } from './messages';

/** Fills every `[data-completion]` inside a `[data-exercises]` item. */
export function showCourseCompletion(doc: Document = document): void {
  const store = progressStore();
  for (const item of doc.querySelectorAll<HTMLElement>('[data-exercises]')) {
    const ids = (item.dataset['exercises'] ?? '').split(' ').filter(Boolean);
    const target = item.querySelector<HTMLElement>('[data-completion]');
    if (!target || ids.length === 0) continue;
    const { passed, total } = store.completion(ids);
    target.textContent = progressUi.completion(passed, total);
    target.dataset['complete'] = String(passed === total);
    target.hidden = false;
  }
}
