/**
 * The Share dialog (loaded on the first click on a Share button): a modal `<dialog>` holding the
 * link to this page with the code in its fragment, in a read-only textbox named "Share link", a
 * Copy button and Close. One dialog per page, filled again at each opening; Escape closes it
 * and focus goes back to the Share button that opened it.
 */
import { shareMessages } from './messages';
import { shareFragment } from './share-link';
import type { ShareTarget } from './share-targets';
import { injectShareStyles } from './share-styles';

interface ShareDialog {
  dialog: HTMLDialogElement;
  link: HTMLInputElement;
  /** The label, textbox and Copy (hidden when the code is too long to share). */
  field: HTMLElement;
  note: HTMLElement;
  copy: HTMLButtonElement;
  result: HTMLElement;
  opener?: HTMLElement;
}

let built: ShareDialog | undefined;

const create = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
};

function buildDialog(): ShareDialog {
  injectShareStyles();
  const dialog = create('dialog', 'share-dialog');
  dialog.setAttribute('aria-labelledby', 'share-dialog-title');
  const title = create('h2', 'share-dialog-title', shareMessages.dialogTitle());
  title.id = 'share-dialog-title';
  const note = create('p', 'share-dialog-note');
  const label = create('label', 'share-link-label', shareMessages.linkLabel());
  label.htmlFor = 'share-link';
  const link = create('input', 'share-link');
  link.id = 'share-link';
  link.type = 'text';
  link.readOnly = true;
  link.spellcheck = false;
  link.addEventListener('focus', () => link.select());
  const copy = create('button', 'share-copy', shareMessages.copyButton());
  copy.type = 'button';
  const linkRow = create('div', 'share-link-row');
  linkRow.append(link, copy);
  const field = create('div', 'share-link-field');
  field.append(label, linkRow);
  const result = create('p', 'share-copy-result');
  result.setAttribute('role', 'status');
  const close = create('button', 'share-close', shareMessages.closeButton());
  close.type = 'button';
  close.addEventListener('click', () => dialog.close());
  dialog.append(title, note, field, result, close);

  const state: ShareDialog = { dialog, link, field, note, copy, result };
  copy.addEventListener('click', () => void copyLink(state));
  dialog.addEventListener('close', () => state.opener?.focus());
  document.body.append(dialog);
  return state;
}

async function copyLink({ link, result }: ShareDialog): Promise<void> {
  try {
    await navigator.clipboard.writeText(link.value);
    result.textContent = shareMessages.copied();
  } catch {
    link.focus();
    link.select();
    result.textContent = shareMessages.copyFailed();
  }
}

/** Opens the dialog with a link sharing `target`'s code as it is now. */
export function openShareDialog(target: ShareTarget): void {
  const state = (built ??= buildDialog());
  state.opener = target.shareButton;
  state.result.textContent = '';
  const made = shareFragment(target.place, target.code());
  const page = new URL(location.href);
  page.hash = '';
  if ('fragment' in made) {
    state.link.value = `${page.href}${made.fragment}`;
    state.note.textContent = shareMessages.dialogNote();
  } else {
    state.link.value = '';
    state.note.textContent = shareMessages.tooLongToShare(made.tooLong);
  }
  state.field.hidden = !('fragment' in made);
  state.dialog.showModal();
  if ('fragment' in made) state.link.focus();
}
