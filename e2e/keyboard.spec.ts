import { expect, test, type Locator, type Page } from '@playwright/test';
import { cellOf, cellsIn, codeOf, exerciseCodeOf, exercisePanel, startEditing } from './helpers';

/**
 * The page by keyboard alone (issue 8, DESIGN.md "keyboard"): Tab moves focus through every
 * control in page order, with a visible ring, and never edits code; Enter starts editing a cell's
 * or an exercise's code, Escape leaves editing with focus kept on the code, so Tab moves on.
 */

const LESSON = '/lessons/first-model/';
const EXERCISE_TITLE = 'Fit a line by hand with gradient descent';
const CELL_KEYS = 'Press Enter to edit the code, Escape to stop editing. Ctrl+Enter (Cmd+Enter on a Mac) runs the cell.';
const EXERCISE_KEYS = 'Press Enter to edit the code, Escape to stop editing.';

/** Where one Tab press put focus. */
interface Stop {
  /** The same number for the same element across presses. */
  id: number;
  /** e.g. `BUTTON "Run" in Code cell 2`, for the failure message. */
  label: string;
  /** The code cell it is in, if any, and whether it is that cell's Run button. */
  cell: string | null;
  isRun: boolean;
  /** Whether it follows the previous stop in document order. */
  forward: boolean;
  /** Whether a focus ring is drawn (on the element, or round the editor it is inside). */
  ring: boolean;
  /** Past the main content (the footer) or nowhere (the body). */
  done: boolean;
}

/** The focused element, described in the page (identities are kept in a WeakMap there). */
function describeFocus(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const state = ((window as unknown as { tabWalk?: { ids: WeakMap<Element, number>; next: number; previous?: Element } }).tabWalk ??= {
      ids: new WeakMap(),
      next: 1,
    });
    const active = document.activeElement;
    const main = document.querySelector('main');
    if (!active || active === document.body || !main) {
      return { id: 0, label: 'body', cell: null, isRun: false, forward: true, ring: false, done: true };
    }
    if (!state.ids.has(active)) state.ids.set(active, state.next++);
    const forward = !state.previous || Boolean(state.previous.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    state.previous = active;
    const cell = active.closest('section[aria-label^="Code cell"]')?.getAttribute('aria-label') ?? null;
    const name = (active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 40);
    const ringed = active.closest('.cell-editor, .exercise-monaco, .exercise-diff') ?? active;
    const style = getComputedStyle(ringed);
    return {
      id: state.ids.get(active) ?? 0,
      label: `${active.tagName} "${name}"${cell ? ` in ${cell}` : ''}`,
      cell,
      isRun: active.tagName === 'BUTTON' && name === 'Run' && cell !== null,
      forward,
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      done: Boolean(main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) && !main.contains(active),
    };
  });
}

/** Presses Tab until focus leaves the main content (or the page), and returns every stop. */
async function tabToTheEnd(page: Page, limit = 400): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await describeFocus(page);
    if (stop.done) return stops;
    stops.push(stop);
  }
  throw new Error(
    `Tab did not leave the page's main content in ${limit} presses; last stops: ${stops
      .slice(-5)
      .map((s) => s.label)
      .join(' → ')}`,
  );
}

/** Checks the walk: focus moved on every press, in page order, always with a ring. */
function expectGoodWalk(stops: Stop[]) {
  const path = stops.map((stop) => stop.label);
  stops.forEach((stop, i) => {
    const before = stops[i - 1];
    if (before)
      expect(stop.id, `Tab left focus on ${stop.label} (stop ${i}): ${path.slice(Math.max(0, i - 3), i + 1).join(' → ')}`).not.toBe(
        before.id,
      );
    expect(stop.forward, `Tab went backwards to ${stop.label} (stop ${i})`).toBe(true);
    expect(stop.ring, `no focus ring on ${stop.label}`).toBe(true);
  });
}

/** The code a cell shows (the static code, or the editor's lines), with Monaco's spaces made plain. */
const shownCode = async (cell: Locator) => (await cell.locator('pre, .view-lines').first().innerText()).replace(/\u00a0/g, ' ');

/** Every cell's shown code, in page order. */
async function allCode(page: Page): Promise<string[]> {
  const cells = await cellsIn(page).all();
  return Promise.all(cells.map(shownCode));
}

/** Cell code the page saved in this browser (none while nothing was edited). */
const savedCells = (page: Page) =>
  page.evaluate(() => JSON.stringify((JSON.parse(localStorage.getItem('runfirst:progress') ?? '{}') as { cells?: unknown }).cells ?? {}));

async function openLesson(page: Page) {
  await page.goto(LESSON);
  await expect(cellOf(page, 1).getByRole('button', { name: 'Run' })).toBeEnabled();
}

/** Starts a walk at the top of the page: the skip link is the first stop. */
async function fromTheTop(page: Page) {
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await describeFocus(page);
}

test.describe('a lesson by keyboard', () => {
  test('Tab from the top to the footer reaches every Run, moves on at every press, and changes no code', async ({ page }) => {
    await openLesson(page);
    const cellCount = await cellsIn(page).count();
    expect(cellCount).toBeGreaterThan(1);
    const before = await allCode(page);
    const savedBefore = await savedCells(page);

    await fromTheTop(page);
    const stops = await tabToTheEnd(page);
    expectGoodWalk(stops);
    const runsReached = new Set(stops.filter((stop) => stop.isRun).map((stop) => stop.cell));
    expect([...runsReached].sort()).toEqual(Array.from({ length: cellCount }, (_, i) => `Code cell ${i + 1}`).sort());
    // Each cell's code is a stop of its own, after its Run.
    for (let i = 1; i <= cellCount; i++) {
      const run = stops.findIndex((stop) => stop.isRun && stop.cell === `Code cell ${i}`);
      const code = stops.findIndex((stop) => stop.cell === `Code cell ${i}` && stop.label.includes(`Code of cell ${i}`));
      expect(code, `the code of cell ${i} is reached after its Run`).toBeGreaterThan(run);
    }

    expect(await allCode(page)).toEqual(before);
    expect(await savedCells(page)).toBe(savedBefore);
    // Tabbing loads no editor: the static code is still there, read-only and described.
    await expect(codeOf(cellOf(page, 1))).toHaveAttribute('aria-readonly', 'true');
    await expect(codeOf(cellOf(page, 1))).toHaveAccessibleDescription(CELL_KEYS);
    await expect(page.locator('.cell-editor')).toHaveCount(0);
  });

  test('with the editor loaded (Enter, Escape), Tab still moves through and out of it, and no code changes', async ({ page }) => {
    await openLesson(page);
    const savedBefore = await savedCells(page);
    const first = cellOf(page, 1);
    await startEditing(page, codeOf(first));
    await page.keyboard.press('Escape');
    await expect(codeOf(first)).toBeFocused();
    await expect(codeOf(first)).not.toBeEditable();
    await expect(codeOf(first)).toHaveAccessibleDescription(CELL_KEYS);
    // Opening and leaving the editor saved nothing: no code changed.
    expect(await savedCells(page)).toBe(savedBefore);
    const before = await allCode(page);

    // Shift+Tab leaves it backwards (to the toolbar's last button), Tab comes back and leaves it forwards.
    await page.keyboard.press('Shift+Tab');
    await expect(first.getByRole('button', { name: 'Share' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(codeOf(first)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(codeOf(first)).not.toBeFocused();

    await fromTheTop(page);
    const stops = await tabToTheEnd(page);
    expectGoodWalk(stops);
    expect(stops.some((stop) => stop.isRun && stop.cell === 'Code cell 2')).toBe(true);
    expect(await allCode(page)).toEqual(before);
    expect(await savedCells(page)).toBe(savedBefore);
    await expect(codeOf(first)).not.toBeEditable();
  });

  test('Enter starts editing (typing changes the code), Escape leaves it, and the next Tab moves on without typing', async ({ page }) => {
    await openLesson(page);
    const cell = cellOf(page, 2);
    const code = codeOf(cell);
    await code.focus();
    // Typing before Enter changes nothing (the code is read-only until editing starts).
    await page.keyboard.type('zz');
    expect(await shownCode(cell)).not.toContain('zz');

    await startEditing(page, code);
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.type('// mine ');
    await expect(cell.locator('.view-lines')).toContainText('// mine');
    // While editing, Tab indents (the learner chose to edit; the description says Escape leaves).
    const typed = await shownCode(cell);
    await page.keyboard.press('Tab');
    await expect(code).toBeFocused();
    await expect.poll(() => shownCode(cell)).not.toBe(typed);

    await page.keyboard.press('Escape');
    await expect(code).toBeFocused();
    await expect(code).not.toBeEditable();
    const edited = await shownCode(cell);
    await page.keyboard.type('zz');
    await page.keyboard.press('Tab');
    await expect(code).not.toBeFocused();
    expect(await shownCode(cell)).toBe(edited);

    // Escape first closes Monaco's own suggestions, and only then leaves editing.
    await startEditing(page, code);
    await page.keyboard.press('Control+Space');
    await expect(page.locator('.suggest-widget')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.suggest-widget')).toBeHidden();
    await expect(code).toBeEditable();
    await page.keyboard.press('Escape');
    await expect(code).not.toBeEditable();
  });

  test('Ctrl+Enter runs the static code without starting to edit it', async ({ page }) => {
    await openLesson(page);
    const cell = cellOf(page, 1);
    await codeOf(cell).focus();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(cell.getByRole('status')).toHaveText(/(done|error|stopped)$/, { timeout: 45_000 });
    await expect(codeOf(cell)).not.toBeEditable();
    await expect(page.locator('.cell-editor')).toHaveCount(0);
  });
});

test.describe('an exercise by keyboard', () => {
  test('Tab walks the page without editing; Enter edits, Escape leaves, Tab moves on', async ({ page }) => {
    await page.goto('/exercises/fit-a-line/');
    const panel = exercisePanel(page, EXERCISE_TITLE);
    const code = exerciseCodeOf(panel);
    await expect(panel.getByRole('button', { name: 'Check' })).toBeEnabled();
    const starter = await code.inputValue();

    await fromTheTop(page);
    const stops = await tabToTheEnd(page);
    expectGoodWalk(stops);
    for (const name of ['Run', 'Check', 'Hint', 'Reset to starter']) {
      expect(
        stops.some((stop) => stop.label.startsWith(`BUTTON "${name}`)),
        `${name} reached`,
      ).toBe(true);
    }
    expect(stops.some((stop) => stop.label.startsWith('TEXTAREA "Your code for'))).toBe(true);
    await expect(code).toHaveValue(starter);
    await expect(code).not.toBeEditable();
    await expect(code).toHaveAccessibleDescription(EXERCISE_KEYS);

    await startEditing(page, code);
    await expect(panel.locator('.exercise-monaco')).toBeVisible({ timeout: 30_000 });
    await expect(code).toBeEditable();
    await expect(code).toHaveAccessibleDescription(EXERCISE_KEYS);
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.type('// mine ');
    await expect(panel.locator('.view-lines')).toContainText('// mine');
    await page.keyboard.press('Escape');
    await expect(code).toBeFocused();
    await expect(code).not.toBeEditable();
    const edited = await panel.locator('.view-lines').innerText();
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: 'Run' })).toBeFocused();
    expect(await panel.locator('.view-lines').innerText()).toBe(edited);
  });
});

test('the reference solution beside the code lets Tab through too', async ({ page }) => {
  await page.goto('/exercises/fit-a-line/');
  const panel = exercisePanel(page, EXERCISE_TITLE);
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(panel.getByRole('status')).toHaveText(/of 9 tests passed$/, { timeout: 30_000 });
  await panel.getByRole('button', { name: 'Show solution' }).click();
  await panel.getByRole('group', { name: 'Confirm showing the solution' }).getByRole('button', { name: 'Yes, show it' }).click();
  const reference = panel.getByRole('region', { name: 'Reference solution' });
  const views = reference.getByRole('textbox');
  await expect(views.first()).toBeAttached({ timeout: 20_000 });
  await views.first().focus();
  await expect(views.first()).toBeFocused();
  // Its two read-only views are one Tab each; a third press at most leaves it.
  const inside = () => reference.evaluate((region) => region.contains(document.activeElement));
  for (let press = 0; press < 3 && (await inside()); press++) await page.keyboard.press('Tab');
  expect(await inside()).toBe(false);
});

/** Every control of the main content a keyboard user should reach (one per radio group). */
function expectedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main :is(a[href], button, select, input, textarea, summary, [tabindex="0"])')]
      .filter((element) => !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0)
      .filter((element) => !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked))
      .map((element) => `${element.tagName} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`),
  );
}

for (const path of ['/progress/', '/speed/']) {
  test(`every control of ${path} is reached by Tab, in order, with a focus ring`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const expected = await expectedControls(page);
    expect(expected.length).toBeGreaterThan(1);
    await fromTheTop(page);
    const stops = await tabToTheEnd(page);
    expectGoodWalk(stops);
    const reached = new Set(stops.map((stop) => stop.label));
    expect(expected.filter((control) => !reached.has(control))).toEqual([]);
  });
}

test('a progress page radio group is operated by arrow keys, and its buttons by Enter', async ({ page }) => {
  await page.goto('/progress/');
  const merge = page.getByRole('radio', { name: 'Merge with my progress' });
  await merge.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Replace my progress' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Replace my progress' })).toBeFocused();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).focus();
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the focus ring contrasts at least 3:1 with what is behind it (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openLesson(page);
    // A Tab press first, so that focus moved by the test shows as keyboard focus (:focus-visible).
    await fromTheTop(page);
    await page.keyboard.press('Tab');
    // Measure the ring of a few kinds of control against the nearest painted background.
    for (const control of [
      page.getByRole('link', { name: 'Skip to content' }),
      cellOf(page, 1).getByRole('button', { name: 'Run' }),
      codeOf(cellOf(page, 1)),
    ]) {
      await control.focus();
      const ratio = await control.evaluate((element) => {
        const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
          const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((c) =>
            c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4,
          );
          return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
        };
        let behind: Element | null = element.parentElement;
        while (behind && rgb(getComputedStyle(behind).backgroundColor)[3] === 0) behind = behind.parentElement;
        if (!behind || getComputedStyle(element).outlineStyle === 'none') return 0;
        const background = rgb(getComputedStyle(behind).backgroundColor);
        const ring = rgb(getComputedStyle(element).outlineColor);
        const [light, dark] = [luminance(ring), luminance(background)].sort((a, b) => b - a);
        return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
      });
      expect(ratio, `ring contrast of ${String(control)} (0: no ring, or nothing painted behind it)`).toBeGreaterThanOrEqual(3);
    }
  });
}
