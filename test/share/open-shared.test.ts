// @vitest-environment happy-dom
/**
 * Opening a share link in a page: a real cell (the one builder's markup, CellView, autosave over
 * a mocked store) shows the shared code as text under a "Shared code" note, runs nothing and
 * saves nothing until the learner keeps it or goes back to their own; every broken or hostile
 * link leaves the cell and the saved code as they were and says why, once, at the top of the page.
 */
import { deflateSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCellAutosave } from '../../src/runtime/page/cell-autosave';
import { cellShareTarget } from '../../src/runtime/page/cell-share';
import type { CellView } from '../../src/runtime/page/cell-view';
import { shareMessages } from '../../src/share/messages';
import { openSharedFromFragment } from '../../src/share/open-shared';
import { shareFragment } from '../../src/share/share-link';
import { placeKey, type ShareTarget } from '../../src/share/share-targets';
import { mountCell } from '../runtime/page/mount-cell';

const saved = new Map<string, string>();
vi.mock('../../src/progress/store', () => ({
  getCellCode: (lesson: string, cell: string) => saved.get(`${lesson}/${cell}`),
  saveCellCode: (lesson: string, cell: string, code: string) => saved.set(`${lesson}/${cell}`, code),
  clearCellCode: (lesson: string, cell: string) => saved.delete(`${lesson}/${cell}`),
}));

const LESSON_CODE = 'console.log("the lesson’s code");';
const MINE = 'console.log("my own edit");';
const SHARED = 'console.log("a friend’s code");';

interface Page {
  cell: CellView;
  target: ShareTarget;
  targets: Map<string, ShareTarget>;
  autosave: ReturnType<typeof createCellAutosave>;
}

/** A lesson page with one cell whose learner saved MINE, taken over as the runtime does. */
async function lessonPage(): Promise<Page> {
  saved.set('first-model/train', MINE);
  document.body.innerHTML = '<main><h1>A lesson</h1></main>';
  const main = document.querySelector('main')!;
  const cell = mountCell('train', LESSON_CODE);
  main.append(cell.root);
  cell.enable();
  const autosave = createCellAutosave('first-model', [cell]);
  const restored = autosave.restore();
  const target = cellShareTarget('first-model', cell, autosave, restored);
  await restored;
  return { cell, target, targets: new Map([[placeKey(target.place), target]]), autosave };
}

const linkTo = (code: string, place: ShareTarget['place'] = { kind: 'cell', lesson: 'first-model', cell: 'train' }) => {
  const made = shareFragment(place, code);
  if (!('fragment' in made)) throw new Error('code too long');
  return made.fragment;
};

async function open(page: Page, fragment: string) {
  location.hash = fragment;
  await openSharedFromFragment(page.targets);
}

const note = () => document.querySelector<HTMLElement>('[role="region"][aria-labelledby]');
const noteName = () => document.getElementById(note()?.getAttribute('aria-labelledby') ?? '')?.textContent;
const buttonNamed = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name);

beforeEach(() => {
  saved.clear();
  history.replaceState(null, '', '/lessons/first-model/');
});

describe('a share link opened on its page', () => {
  it('shows the shared code in its cell, marked "Shared code", without running or saving it', async () => {
    const page = await lessonPage();
    await open(page, linkTo(SHARED));
    expect(page.cell.code).toBe(SHARED);
    expect(page.cell.staticBlock?.textContent).toBe(SHARED);
    expect(noteName()).toBe('Shared code');
    expect(note()?.textContent).toContain(shareMessages.sharedNote());
    expect(page.cell.status.textContent).toBe('Not run yet');
    expect(page.cell.root.dataset['activity']).toBeUndefined();
    expect(document.activeElement).toBe(note());
    // An edit of the shared code is not saved either, until the learner keeps it.
    vi.useFakeTimers();
    page.autosave.changed(page.cell);
    await vi.advanceTimersByTimeAsync(1000);
    vi.useRealTimers();
    expect(saved.get('first-model/train')).toBe(MINE);
  });

  it('goes back to the learner’s own saved code, which was never overwritten', async () => {
    const page = await lessonPage();
    await open(page, linkTo(SHARED));
    buttonNamed('Go back to my code')!.click();
    expect(page.cell.code).toBe(MINE);
    expect(note()).toBeNull();
    expect(page.cell.root.dataset['shared']).toBeUndefined();
    expect(saved.get('first-model/train')).toBe(MINE);
    expect(location.hash).toBe('');
    expect(document.activeElement).toBe(page.cell.runButton);
  });

  it('keeps the shared code as the learner’s own when they choose it', async () => {
    const page = await lessonPage();
    await open(page, linkTo(SHARED));
    buttonNamed('Keep the shared code')!.click();
    expect(note()).toBeNull();
    await vi.waitFor(() => expect(saved.get('first-model/train')).toBe(SHARED));
    expect(page.cell.code).toBe(SHARED);
  });

  it('shows markup in the code as text, creating no element, and says so', async () => {
    const page = await lessonPage();
    const hostile = '</script><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"><b>bold</b>';
    await open(page, linkTo(hostile));
    expect(page.cell.staticBlock?.textContent).toBe(hostile);
    expect(document.querySelectorAll('main script, main img, main b')).toHaveLength(0);
    expect(note()?.textContent).toContain(shareMessages.sharedHasMarkup());
    expect((window as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('a second link replaces the first, and going back still restores the learner’s own code', async () => {
    const page = await lessonPage();
    await open(page, linkTo(SHARED));
    await open(page, linkTo('console.log("another");'));
    expect(document.querySelectorAll('.share-note')).toHaveLength(1);
    buttonNamed('Go back to my code')!.click();
    expect(page.cell.code).toBe(MINE);
  });
});

describe('a link that cannot be opened', () => {
  const good = () => linkTo(SHARED);
  const cases: Array<[string, () => string, string]> = [
    ['cut short', () => good().slice(0, -20), shareMessages.problem({ kind: 'incomplete' })],
    ['garbage', () => '#share=1&lesson=first-model&cell=train&code=<script>alert(1)</script>', shareMessages.problem({ kind: 'damaged' })],
    [
      'another format version',
      () => good().replace('share=1', 'share=7'),
      shareMessages.problem({ kind: 'version', found: '7', expected: 1 }),
    ],
    [
      'for a cell not on the page',
      () => linkTo(SHARED, { kind: 'cell', lesson: 'first-model', cell: 'no-such-cell' }),
      shareMessages.problem({ kind: 'unknown-place', place: { kind: 'cell', lesson: 'first-model', cell: 'no-such-cell' } }),
    ],
    [
      'for an exercise not on the page',
      () => linkTo(SHARED, { kind: 'exercise', exercise: 'no-such-exercise' }),
      shareMessages.problem({ kind: 'unknown-place', place: { kind: 'exercise', exercise: 'no-such-exercise' } }),
    ],
    [
      'megabytes behind a few KB',
      () => `#share=1&lesson=first-model&cell=train&code=${bombCode()}`,
      shareMessages.problem({ kind: 'too-large' }),
    ],
  ];

  for (const [what, fragment, message] of cases) {
    it(`(${what}) says why at the top of the page and changes nothing`, async () => {
      const page = await lessonPage();
      const before = page.cell.root.innerHTML;
      await open(page, fragment());
      const notice = document.querySelector('main > [role="alert"]');
      expect(notice?.textContent).toContain(message);
      expect(page.cell.root.innerHTML).toBe(before);
      expect(page.cell.code).toBe(MINE);
      expect(saved.get('first-model/train')).toBe(MINE);
      expect(note()).toBeNull();
      buttonNamed('Dismiss')!.click();
      expect(document.querySelector('[role="alert"]')).toBeNull();
      expect(location.hash).toBe('');
    });
  }
});

/** base64url zlib of 8 MB of spaces (≈ 8 KB), made by node's zlib rather than the site's encoder. */
const bombCode = () => deflateSync(Buffer.alloc(8 * 1024 * 1024, 32)).toString('base64url');
