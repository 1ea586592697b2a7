import AxeBuilder from '@axe-core/playwright';
import { deflateSync } from 'node:zlib';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import {
  cellOf,
  codeOf,
  exerciseCodeOf,
  exercisePanel,
  kernelStatus,
  outputOf,
  runCell,
  setCode,
  setExerciseCode,
  statusOf,
} from './helpers';

/**
 * Share links (issue 14 §1, DESIGN.md "Progress and sharing"): a cell's or an exercise's Share
 * button gives a link carrying its code; the link opens in another browser with the code shown
 * as "Shared code" and not run until Run; the learner's own saved code stays until they keep the
 * shared code, and they can go back to it. Every broken or hostile link says why and changes
 * nothing. The wording is the contract, so it is written out here.
 */

const LESSON = '/lessons/first-model/';
const EXERCISE = '/exercises/fit-a-line/';
const EXERCISE_TITLE = 'Fit a line by hand with gradient descent';
const SHARED = 'console.log("shared by a friend", 6 * 7);';
const MINE = 'console.log("my own edit", 1 + 1);';
const NOTE = 'Read it before you press Run';
const NOTHING = 'Nothing was changed and nothing ran.';

/** The code the learner saved in this browser, as stored (JSON). */
const savedProgress = (page: Page) => page.evaluate(() => localStorage.getItem('runfirst:progress') ?? '');

/** Opens `scope`'s Share dialog, checks its parts, and returns the link (closing the dialog with Escape). */
async function shareLinkOf(page: Page, scope: Locator): Promise<string> {
  const share = scope.getByRole('button', { name: 'Share', exact: true });
  await share.click();
  const dialog = page.getByRole('dialog', { name: 'Share this code' });
  await expect(dialog).toBeVisible();
  const link = dialog.getByRole('textbox', { name: 'Share link' });
  await expect(link).toHaveAttribute('readonly', '');
  await expect(link).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Copy' })).toBeVisible();
  const value = await link.inputValue();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
  return value;
}

/** The "Shared code" note in `scope`. */
const sharedNote = (scope: Locator) => scope.getByRole('region', { name: 'Shared code' });

/** A page with the learner's own edit MINE saved in cell 1 of the lesson. */
async function learnerWithOwnCode(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(LESSON);
  await setCode(page, cellOf(page, 1), MINE);
  await expect.poll(() => savedProgress(page)).toContain('my own edit');
  return page;
}

/** A share fragment made by node's zlib, for links the site's Share button would never make. */
const handMade = (code: Buffer | string, head = 'share=1&lesson=first-model&cell=train') =>
  `#${head}&code=${deflateSync(typeof code === 'string' ? Buffer.from(code) : code).toString('base64url')}`;

test.describe('share links', () => {
  test('a link made in one browser opens in another: shown, not run, runs on Run; the own code is kept and comes back', async ({
    browser,
  }) => {
    const maker = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const makerPage = await maker.newPage();
    await makerPage.goto(LESSON);
    await setCode(makerPage, cellOf(makerPage, 1), SHARED);
    const link = await shareLinkOf(makerPage, cellOf(makerPage, 1));
    expect(new URL(link).pathname).toBe(LESSON);
    expect(new URL(link).hash).toMatch(/^#share=1&lesson=first-model&cell=train&code=[\w-]+$/);
    // Copy puts the link on the clipboard.
    await cellOf(makerPage, 1).getByRole('button', { name: 'Share', exact: true }).click();
    await makerPage.getByRole('dialog').getByRole('button', { name: 'Copy' }).click();
    await expect(makerPage.getByRole('dialog').getByRole('status')).toHaveText('Link copied.');
    expect(await makerPage.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await maker.close();

    const own = await learnerWithOwnCode(browser);
    const page = await own.context().newPage();
    await page.goto(link);
    const cell = cellOf(page, 1);
    await expect(sharedNote(cell)).toBeVisible();
    await expect(sharedNote(cell)).toContainText(NOTE);
    await expect(codeOf(cell)).toHaveText(SHARED);
    // Nothing ran: the cell was never run and the kernel never started.
    await expect(statusOf(cell)).toHaveText('Not run yet');
    await expect(outputOf(cell)).toBeEmpty();
    await expect(kernelStatus(page)).toHaveText('Kernel starts on the first Run');
    expect(await savedProgress(page)).toContain('my own edit');
    expect(await savedProgress(page)).not.toContain('shared by a friend');

    await runCell(cell);
    await expect(outputOf(cell)).toContainText('shared by a friend 42');
    expect(await savedProgress(page)).not.toContain('shared by a friend');

    await sharedNote(cell).getByRole('button', { name: 'Go back to my code' }).click();
    await expect(sharedNote(cell)).toHaveCount(0);
    await expect(codeOf(cell)).toHaveText(MINE);
    await expect(cell.getByRole('button', { name: 'Run', exact: true })).toBeFocused();
    // The link's fragment is gone, so a reload shows the learner's own code.
    await page.reload();
    await expect(codeOf(cellOf(page, 1))).toHaveText(MINE);
    await expect(sharedNote(cellOf(page, 1))).toHaveCount(0);
    await own.context().close();
  });

  test('Keep the shared code makes it the learner’s saved code', async ({ browser }) => {
    const own = await learnerWithOwnCode(browser);
    const page = await own.context().newPage();
    await page.goto(`${LESSON}${handMade(SHARED)}`);
    const cell = cellOf(page, 1);
    await expect(codeOf(cell)).toHaveText(SHARED);
    await sharedNote(cell).getByRole('button', { name: 'Keep the shared code' }).click();
    await expect(sharedNote(cell)).toHaveCount(0);
    await expect.poll(() => savedProgress(page)).toContain('shared by a friend');
    await page.reload();
    await expect(codeOf(cellOf(page, 1))).toHaveText(SHARED);
    await expect(statusOf(cellOf(page, 1))).toHaveText('Not run yet');
    await page.context().close();
  });

  test('an exercise’s Share link opens its code in the exercise, unchecked and not run, until Run', async ({ browser }) => {
    const maker = await browser.newContext();
    const makerPage = await maker.newPage();
    await makerPage.goto(EXERCISE);
    const code = 'console.log("shared exercise code", 6 * 7);';
    await setExerciseCode(makerPage, exercisePanel(makerPage, EXERCISE_TITLE), code);
    const link = await shareLinkOf(makerPage, exercisePanel(makerPage, EXERCISE_TITLE));
    expect(new URL(link).hash).toMatch(/^#share=1&exercise=fit-a-line&code=[\w-]+$/);
    await maker.close();

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link);
    const panel = exercisePanel(page, EXERCISE_TITLE);
    await expect(sharedNote(panel)).toContainText(NOTE);
    await expect(exerciseCodeOf(panel)).toHaveValue(code);
    await expect(panel.getByRole('status')).toHaveText('Not checked yet');
    // (The empty scratch output is hidden until something is written to it.)
    await expect(panel.getByRole('log', { name: 'Scratch output', includeHidden: true })).toBeEmpty();
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(panel.getByRole('log', { name: 'Scratch output' })).toContainText('shared exercise code 42');
    expect(await savedProgress(page)).not.toContain('shared exercise code');
    await sharedNote(panel).getByRole('button', { name: 'Go back to my code' }).click();
    await expect(exerciseCodeOf(panel)).not.toHaveValue(code);
    await page.reload();
    await expect(exerciseCodeOf(exercisePanel(page, EXERCISE_TITLE))).not.toHaveValue(code);
    await context.close();
  });

  test('Share is operated by keyboard, and the dialog and the Shared code note pass axe', async ({ page }) => {
    await page.goto(LESSON);
    const share = cellOf(page, 2).getByRole('button', { name: 'Share', exact: true });
    await share.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Share this code' });
    await expect(dialog.getByRole('textbox', { name: 'Share link' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Copy' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    const axe = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await axe()).toEqual([]);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(share).toBeFocused();

    await page.goto(`${LESSON}${handMade('console.log("<b>hi</b>");', 'share=1&lesson=first-model&cell=predict')}`);
    const note = sharedNote(cellOf(page, 2));
    await expect(note).toBeFocused();
    expect(await axe()).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(note.getByRole('button', { name: 'Keep the shared code' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(note).toHaveCount(0);
    await expect(cellOf(page, 2).getByRole('button', { name: 'Run', exact: true })).toBeFocused();
  });
});

test.describe('a broken or hostile share link', () => {
  const cases: Array<{ what: string; fragment: (good: string) => string; says: string }> = [
    {
      what: 'cut short',
      fragment: (good) => good.slice(0, good.length - 12),
      says: `This share link is incomplete: it was probably cut off when it was copied. ${NOTHING} Ask for the link again and copy all of it.`,
    },
    {
      what: 'garbage',
      fragment: () => '#share=1&lesson=first-model&cell=train&code=not*base64!<img src=x onerror=alert(1)>',
      says: `This share link is damaged: the code in it cannot be read. ${NOTHING} Ask for the link again.`,
    },
    {
      what: 'another format version',
      fragment: (good) => good.replace('share=1', 'share=2'),
      says: `This share link uses share format 2, and this site reads only format 1. ${NOTHING} Open it on the site it was made on, or ask for a new link.`,
    },
    {
      what: 'for a cell not in the lesson',
      fragment: () => handMade(SHARED, 'share=1&lesson=first-model&cell=no-such-cell'),
      says: `This share link is for cell "no-such-cell" of lesson "first-model", which is not on this page. ${NOTHING} Open the link on the lesson it was made on.`,
    },
    {
      what: 'megabytes of code behind a few KB',
      fragment: () => handMade(Buffer.alloc(30 * 1024 * 1024, 32)),
      says: `This share link carries more code than a share link may (at most 64 KB), so it was not opened. ${NOTHING}`,
    },
  ];

  test('says why at the top of the page, runs nothing, shows nothing as HTML and keeps the saved code', async ({ browser }) => {
    const page = await learnerWithOwnCode(browser);
    const good = handMade(SHARED);
    const saved = await savedProgress(page);
    for (const { what, fragment, says } of cases) {
      await test.step(what, async () => {
        await page.goto('about:blank');
        await page.goto(`${LESSON}${fragment(good)}`);
        await expect(page.getByRole('alert')).toHaveText(new RegExp(`^${says.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        const cell = cellOf(page, 1);
        await expect(codeOf(cell)).toHaveText(MINE);
        await expect(page.getByRole('region', { name: 'Shared code' })).toHaveCount(0);
        await expect(statusOf(cell)).toHaveText('Not run yet');
        await expect(kernelStatus(page)).toHaveText('Kernel starts on the first Run');
        await expect(page.locator('main img')).toHaveCount(0);
        expect(await savedProgress(page)).toBe(saved);
        await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
        await expect(page.getByRole('alert')).toHaveCount(0);
      });
    }
    await page.context().close();
  });

  test('code with </script> or HTML is shown as text, marked, and nothing in it runs', async ({ page }) => {
    const hostile = '</script><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"><b>bold</b>';
    await page.goto(`${LESSON}${handMade(hostile)}`);
    const cell = cellOf(page, 1);
    await expect(sharedNote(cell)).toContainText(
      'It contains HTML markup (such as <script>), shown here as plain text: nothing in it ran.',
    );
    await expect(codeOf(cell)).toHaveText(hostile);
    await expect(cell.locator('script, img, b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
    await expect(statusOf(cell)).toHaveText('Not run yet');
    await expect(kernelStatus(page)).toHaveText('Kernel starts on the first Run');
  });

  test('a link pasted into the address bar of an open lesson opens without a reload, into the open editor too', async ({ browser }) => {
    const page = await learnerWithOwnCode(browser);
    const cell = cellOf(page, 1);
    await page.evaluate((hash) => (location.hash = hash), handMade(SHARED));
    await expect(sharedNote(cell)).toBeVisible();
    await expect(cell.locator('.view-lines')).toContainText('shared by a friend');
    // The editor's change was not saved: pending saves are written at once when the page hides.
    await page.evaluate(() => dispatchEvent(new Event('pagehide')));
    expect(await savedProgress(page)).toContain('my own edit');
    expect(await savedProgress(page)).not.toContain('shared by a friend');
    await sharedNote(cell).getByRole('button', { name: 'Go back to my code' }).click();
    await expect(cell.locator('.view-lines')).toContainText('my own edit');
    await page.evaluate(() => (location.hash = '#share=1&lesson=first-model&cell=train&code=%%%'));
    // (Monaco keeps alert regions of its own, empty.)
    await expect(page.getByRole('alert').filter({ hasText: 'share link' })).toContainText('This share link is damaged');
    await page.context().close();
  });
});
