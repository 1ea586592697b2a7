import { expect, test, type Locator, type Page } from '@playwright/test';
import { exercisePanel, setExerciseCode } from './helpers';

/**
 * An exercise's errors are shown as a lesson cell's are: the line in the learner's own numbering
 * in the results (Check) or the scratch output (Run), and a marker on that line in the editor,
 * gone after the next edit. Driven by role and accessible name (DESIGN.md "Accessible names");
 * the marker is Monaco's squiggle on the editor's row of that line, told apart from the editor's
 * own syntax squiggle by the message its hover shows.
 */
const TITLE = 'Fit a line by hand with gradient descent';

const panelOf = (page: Page) => exercisePanel(page, TITLE);

/** Replaces the code through the exercise's editor (Enter starts editing, Monaco takes over) in one edit. */
const setCode = (page: Page, panel: Locator, code: string) => setExerciseCode(page, panel, code);

/** The editor's error squiggles, and those on the row of `line` (1-based; the code is short, so every row is rendered). */
function markers(panel: Locator) {
  const all = panel.locator('.exercise-monaco .squiggly-error');
  const onLine = (line: number) =>
    panel
      .locator('.exercise-monaco .view-overlays > div')
      .nth(line - 1)
      .locator('.squiggly-error');
  return { all, onLine };
}

/** Hovers the squiggle on `line` and expects the hover to show `message` (the marker's text). */
async function expectMarkerMessage(page: Page, panel: Locator, line: number, message: string) {
  // The squiggle lies under the text layer; Monaco finds the marker from the mouse position.
  await markers(panel).onLine(line).first().hover({ force: true });
  await expect(page.locator('.monaco-hover').filter({ hasText: message })).toBeVisible();
}

test.describe('exercise errors', () => {
  test('a syntax error on line 3 is reported with its line on Check and marked on that line in the editor', async ({ page }) => {
    await page.goto('/exercises/fit-a-line/');
    const panel = panelOf(page);
    await setCode(page, panel, 'function fitLine(xs, ys) {\n  const w = 0;\n  return { w: , b: 0 };\n}');
    await panel.getByRole('button', { name: 'Check' }).click();
    await expect(panel.getByRole('status')).toHaveText('0 of 9 tests passed', { timeout: 30_000 });
    const results = panel.getByRole('list', { name: 'Test results' });
    await expect(results.getByText('Your code threw SyntaxError on line 3: Unexpected token').first()).toBeVisible();

    await expect(markers(panel).onLine(3).first()).toBeAttached();
    await expectMarkerMessage(page, panel, 3, 'SyntaxError: Unexpected token');
  });

  test('a runtime error on line 3 is reported with its line on Run, marked on that line in the editor until the next edit', async ({
    page,
  }) => {
    await page.goto('/exercises/fit-a-line/');
    const panel = panelOf(page);
    await setCode(page, panel, 'console.log("before");\nconst broken = null;\nbroken.x = 1;');
    await panel.getByRole('button', { name: 'Run' }).click();
    const output = panel.getByRole('log', { name: 'Scratch output' });
    await expect(output).toContainText('TypeError on line 3:', { timeout: 30_000 });
    await expect(output).toContainText('before');
    const { all, onLine } = markers(panel);
    await expect(onLine(3)).toHaveCount(1);
    await expect(all).toHaveCount(1);
    await expectMarkerMessage(page, panel, 3, "TypeError: Cannot set properties of null (setting 'x')");

    await panel.locator('.exercise-monaco .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('\n');
    await expect(all).toHaveCount(0);
  });
});

test.describe('stopping a Check', () => {
  test('Reset to starter during a Check stops it, reported as stopped rather than timed out', async ({ page }) => {
    await page.goto('/exercises/fit-a-line/');
    const panel = panelOf(page);
    await setCode(page, panel, 'while (true) {}\nfunction fitLine() { return { w: 0, b: 0 }; }');
    await panel.getByRole('button', { name: 'Check' }).click();
    await expect(panel.getByRole('status')).toHaveText('Checking…');
    page.once('dialog', (dialog) => void dialog.accept());
    await panel.getByRole('button', { name: 'Reset to starter' }).click();
    await expect(panel.getByRole('status')).toHaveText('Check stopped');
    await expect(panel.getByRole('button', { name: 'Check' })).toBeEnabled();
    await expect(panel.getByRole('list', { name: 'Test results' }).getByRole('listitem')).toHaveCount(0);
  });
});
