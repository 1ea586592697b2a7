/**
 * A dismissible notice at the top of the page telling the learner what happened to their
 * stored progress (kept aside, storage unavailable). `role="alert"` so screen readers say it.
 */
import { progressMessages } from './messages';

/** Shows `message` in a notice at the top of `<main>` (or `<body>`); returns the notice element. */
export function showProgressNotice(message: string, doc: Document = document): HTMLElement {
  const notice = doc.createElement('div');
  notice.className = 'progress-notice';
  notice.setAttribute('role', 'alert');
  // Inline, so the notice looks right on every page whatever its style sheets.
  notice.style.cssText =
    'border:1px solid var(--warn,#7a4d00);border-radius:6px;padding:0.5rem 0.75rem;margin-bottom:1rem;display:flex;gap:0.75rem;align-items:center;';
  const text = doc.createElement('p');
  text.textContent = message;
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = progressMessages.dismiss();
  dismiss.addEventListener('click', () => notice.remove(), { once: true });
  notice.append(text, dismiss);
  const host = doc.querySelector('main') ?? doc.body;
  host.prepend(notice);
  return notice;
}
