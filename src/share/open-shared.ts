/**
 * Opens a share link on its page (loaded only when the page's fragment is one): shows the shared
 * code in its cell or exercise, as text, under a "Shared code" note asking the learner to read
 * it before pressing Run, and never runs it. While it is shown nothing is saved (the target's
 * root is marked, see isShowingSharedCode); "Keep the shared code" saves it as the learner's,
 * "Go back to my code" puts their own code back. A link that cannot be opened shows a notice
 * saying why, and changes nothing.
 */
import { shareMessages } from './messages';
import { readShareFragment, type ShareProblem } from './share-link';
import { injectShareStyles } from './share-styles';
import { placeKey, SHARE_FRAGMENT_PREFIX, type ShareTarget } from './share-targets';

/** Markup such as `<b>`, `</script>` or `<img src=x onerror=…>` (not `i<n`). */
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;

/** The learner's own code and the note of each target showing shared code. */
const showing = new Map<ShareTarget, { own: string; note: HTMLElement }>();

let noteIds = 0;

const paragraph = (className: string, text: string) => {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
};

const button = (text: string, onClick: () => void) => {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick, { once: true });
  return element;
};

/** Drops the share fragment from the address, so a reload does not show the shared code again. */
function forgetFragment(): void {
  if (location.hash.startsWith(SHARE_FRAGMENT_PREFIX)) history.replaceState(history.state, '', location.pathname + location.search);
}

/** Shows a notice at the top of `<main>` saying why a link could not be opened; replaces an earlier one. */
export function showShareNotice(problem: ShareProblem, doc: Document = document): HTMLElement {
  injectShareStyles(doc);
  doc.querySelector('.share-notice')?.remove();
  const notice = doc.createElement('div');
  notice.className = 'share-notice';
  notice.setAttribute('role', 'alert');
  notice.append(
    paragraph('share-notice-text', shareMessages.problem(problem)),
    button(shareMessages.dismiss(), () => {
      notice.remove();
      forgetFragment();
    }),
  );
  (doc.querySelector('main') ?? doc.body).prepend(notice);
  return notice;
}

/** Shows `code` in `target` as shared code, until the learner keeps it or goes back to their own. */
export function showSharedCode(target: ShareTarget, code: string): HTMLElement {
  injectShareStyles();
  const earlier = showing.get(target);
  earlier?.note.remove();
  const own = earlier?.own ?? target.code();

  const note = document.createElement('div');
  note.className = 'share-note';
  note.setAttribute('role', 'region');
  note.tabIndex = -1;
  const heading = paragraph('share-note-heading', shareMessages.sharedHeading());
  heading.id = `share-note-${++noteIds}`;
  note.setAttribute('aria-labelledby', heading.id);
  note.append(heading, paragraph('share-note-text', shareMessages.sharedNote()));
  if (MARKUP.test(code)) note.append(paragraph('share-note-markup', shareMessages.sharedHasMarkup()));

  const finish = (keep: boolean) => {
    if (!keep) target.setCode(own);
    delete target.root.dataset['shared'];
    if (keep) target.save();
    note.remove();
    showing.delete(target);
    forgetFragment();
    target.focusAfter.focus();
  };
  const actions = document.createElement('div');
  actions.className = 'share-note-actions';
  actions.append(
    button(shareMessages.keepShared(), () => finish(true)),
    button(shareMessages.backToMine(), () => finish(false)),
  );
  note.append(actions);

  target.root.dataset['shared'] = 'pending';
  target.setCode(code);
  target.noteAfter.after(note);
  showing.set(target, { own, note });
  note.scrollIntoView({ block: 'center' });
  note.focus({ preventScroll: true });
  return note;
}

/** Opens the link in the page's fragment, once the page's scripts have offered their targets. */
export async function openSharedFromFragment(targets: ReadonlyMap<string, ShareTarget>, doc: Document = document): Promise<void> {
  const hash = location.hash;
  if (doc.readyState === 'loading') await new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const read = readShareFragment(hash);
  if (!read.ok) {
    showShareNotice(read.problem, doc);
    return;
  }
  const target = targets.get(placeKey(read.shared.place));
  if (!target) {
    showShareNotice({ kind: 'unknown-place', place: read.shared.place }, doc);
    return;
  }
  // The learner's saved code first, so that it is what "Go back to my code" restores.
  await target.ready.catch(() => undefined);
  showSharedCode(target, read.shared.code);
}
