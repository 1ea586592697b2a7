// @vitest-environment happy-dom
/**
 * The Share dialog: a modal dialog named "Share this code" holding the page's link with the code
 * in its fragment, in a read-only textbox labelled "Share link", Copy and Close; too long code
 * gets a sentence instead of a link.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shareMessages } from '../../src/share/messages';
import { openShareDialog } from '../../src/share/share-dialog';
import { MAX_SHARED_CODE_BYTES, readShareFragment } from '../../src/share/share-link';
import type { ShareTarget } from '../../src/share/share-targets';

function target(code: string): ShareTarget {
  const root = document.createElement('section');
  const shareButton = document.createElement('button');
  shareButton.textContent = 'Share';
  root.append(shareButton);
  document.body.append(root);
  return {
    place: { kind: 'exercise', exercise: 'fit-a-line' },
    root,
    shareButton,
    noteAfter: shareButton,
    focusAfter: shareButton,
    ready: Promise.resolve(),
    code: () => code,
    setCode: () => {},
    save: () => {},
  };
}

const dialog = () => document.querySelector('dialog')!;
const textbox = () => document.getElementById(document.querySelector('dialog label')!.getAttribute('for')!) as HTMLInputElement;
const button = (name: string) => [...dialog().querySelectorAll('button')].find((b) => b.textContent === name)!;

beforeEach(() => {
  history.replaceState(null, '', '/exercises/fit-a-line/?x=1#old');
});
afterEach(() => vi.unstubAllGlobals());

describe('the Share dialog', () => {
  it('holds this page’s link with the code, in a read-only textbox named "Share link"', () => {
    openShareDialog(target('const w = 2;\n// <b>not bold</b>'));
    expect(dialog().open).toBe(true);
    expect(document.getElementById(dialog().getAttribute('aria-labelledby')!)?.textContent).toBe('Share this code');
    expect(document.querySelector('dialog label')?.textContent).toBe('Share link');
    expect(textbox().readOnly).toBe(true);
    const link = new URL(textbox().value);
    expect(link.pathname + link.search).toBe('/exercises/fit-a-line/?x=1');
    expect(readShareFragment(link.hash)).toEqual({
      ok: true,
      shared: { place: { kind: 'exercise', exercise: 'fit-a-line' }, code: 'const w = 2;\n// <b>not bold</b>' },
    });
    expect(document.activeElement).toBe(textbox());
  });

  it('copies the link, and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    openShareDialog(target('x'));
    button('Copy').click();
    await vi.waitFor(() => expect(dialog().querySelector('[role="status"]')?.textContent).toBe(shareMessages.copied()));
    expect(writeText).toHaveBeenCalledWith(textbox().value);
  });

  it('selects the link and says how to copy it when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    openShareDialog(target('x'));
    button('Copy').click();
    await vi.waitFor(() => expect(dialog().querySelector('[role="status"]')?.textContent).toBe(shareMessages.copyFailed()));
    expect(document.activeElement).toBe(textbox());
  });

  it('closes, giving focus back to the Share button, and is the same dialog next time', () => {
    const first = target('a');
    openShareDialog(first);
    button('Close').click();
    expect(dialog().open).toBe(false);
    expect(document.activeElement).toBe(first.shareButton);
    openShareDialog(target('b'));
    expect(document.querySelectorAll('dialog')).toHaveLength(1);
    expect(readShareFragment(new URL(textbox().value).hash)).toMatchObject({ ok: true, shared: { code: 'b' } });
  });

  it('says the code is too long instead of making a link over the cap', () => {
    openShareDialog(target('x'.repeat(MAX_SHARED_CODE_BYTES + 1)));
    expect(dialog().querySelector('.share-dialog-note')?.textContent).toBe(shareMessages.tooLongToShare(MAX_SHARED_CODE_BYTES + 1));
    expect(textbox().closest<HTMLElement>('[hidden]')).not.toBeNull();
    expect(textbox().value).toBe('');
  });
});
