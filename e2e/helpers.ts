import { expect, type Locator, type Page } from '@playwright/test';
import type { LessonOutput } from '../test/lessons/claims/claim';

/**
 * What the specs share for driving code cells and the kernel bar, by role and accessible name
 * only (DESIGN.md "Accessible names"): the names here are the contract, so they are written out
 * rather than imported from the site's code.
 */

/** A code cell by its accessible name ("Code cell N"). */
export const cellOf = (page: Page, index: number) => page.getByRole('region', { name: `Code cell ${index}` });

/** Every code cell inside `scope`, in page order. */
export const cellsIn = (scope: Page | Locator) => scope.getByRole('region', { name: /^Code cell \d+$/ });

/** A cell's status, whose last word is "done", "error" or "stopped" once a run ends. */
export const statusOf = (cell: Locator) => cell.getByRole('status');

/** A cell's Output region. */
export const outputOf = (cell: Locator) => cell.getByRole('log', { name: 'Output' });

/** The kernel bar's status ("Kernel ready on WASM…"). */
export const kernelStatus = (page: Page) => page.getByRole('group', { name: 'Kernel' }).getByRole('status');

/** How a run ends, as the last word of the cell's status. */
export type RunOutcome = 'done' | 'error' | 'stopped';

/**
 * Clicks the cell's Run and waits (at most `timeout` ms) for its status to end the run; fails,
 * showing the status and the Output, unless it ended in `outcome`.
 */
export async function runCell(cell: Locator, { outcome = 'done', timeout = 45_000 }: { outcome?: RunOutcome; timeout?: number } = {}) {
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(statusOf(cell)).toHaveText(/(done|error|stopped)$/, { timeout });
  const status = (await statusOf(cell).textContent()) ?? '';
  if (!status.endsWith(outcome)) {
    const output = await outputOf(cell).innerText();
    expect(status, `the run should end in "${outcome}". Output:\n${output.slice(0, 2000)}`).toMatch(new RegExp(`${outcome}$`));
  }
}

/** A cell's code, by its accessible name ("Code of cell N"): the static code, then the editor in its place. */
export const codeOf = (cell: Locator) => cell.getByRole('textbox', { name: /^Code of cell \d+$/ });

/**
 * Starts editing `code` (a cell's or an exercise's) as a keyboard user does: focus (which only
 * focuses), then Enter; waits until the code has focus and takes typing (Monaco may load first).
 */
export async function startEditing(page: Page, code: Locator): Promise<void> {
  // The page's script describes the code by how to edit it once it listens for Enter; before
  // that, an exercise's plain textarea would take the Enter as a new line.
  await expect(code).toHaveAccessibleDescription(/\S/);
  await code.focus();
  await page.keyboard.press('Enter');
  await expect(code).toBeEditable({ timeout: 30_000 });
  await expect(code).toBeFocused();
}

/**
 * Pastes `text` where the focus is, as a learner pasting from the clipboard does: the editor
 * inserts it as it is (typing it, even as one edit, lets Monaco indent each new line and close
 * brackets, which breaks longer code).
 */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => {
    const target = document.activeElement;
    if (!target) throw new Error('nothing has the focus to paste into');
    const data = new DataTransfer();
    data.setData('text/plain', value);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * Replaces a cell's code through its editor (Monaco loads when editing starts, on Enter), pasted
 * over the selected code, and waits until the editor shows it; the cursor is left at its end.
 */
export async function setCode(page: Page, cell: Locator, code: string): Promise<void> {
  await startEditing(page, codeOf(cell));
  await page.keyboard.press('ControlOrMeta+A');
  await paste(page, code);
  await expect(cell.locator('.view-lines')).toContainText(code.split('\n')[0]!.trim().slice(0, 20));
}

/** An exercise panel by its accessible name ("Exercise: <title>"). */
export const exercisePanel = (page: Page, title: string) => page.getByRole('region', { name: `Exercise: ${title}` });

/** An exercise's code, by its accessible name ("Your code for <title>"): the textarea, then Monaco in its place. */
export const exerciseCodeOf = (panel: Locator) => panel.getByRole('textbox', { name: /^Your code for / });

/**
 * Replaces an exercise's code through its editor: Enter starts editing and Monaco takes the
 * textarea's place; the code is pasted over the selected code, and shown before this returns.
 */
export async function setExerciseCode(page: Page, panel: Locator, code: string): Promise<void> {
  await startEditing(page, exerciseCodeOf(panel));
  await expect(panel.locator('.exercise-monaco .view-lines')).toBeVisible({ timeout: 30_000 });
  await expect(exerciseCodeOf(panel)).toBeFocused();
  await expect(exerciseCodeOf(panel)).toBeEditable();
  await page.keyboard.press('ControlOrMeta+A');
  await paste(page, code);
  // Monaco renders only the lines in view and follows the cursor to the end of a long paste: go
  // back to the top so the first line is drawn and can be checked.
  await page.keyboard.press('ControlOrMeta+Home');
  await expect(panel.locator('.exercise-monaco .view-lines')).toContainText(code.split('\n')[0]!.trim().slice(0, 20));
  // The cursor goes back to the end of the code, where a paste leaves it.
  await page.keyboard.press('ControlOrMeta+End');
}

/**
 * What every code cell on the page produced, as the lesson claims read it
 * (test/lessons/claims/claim.ts): each console line's text (without the screen-reader level
 * prefix), each table's header and cells, each line chart's text summary.
 */
export async function lessonOutputOf(page: Page, backend: string): Promise<LessonOutput> {
  const cells = cellsIn(page);
  const out: LessonOutput = { backend, cells: [] };
  for (let i = 0; i < (await cells.count()); i++) {
    const cell = cells.nth(i);
    const output = outputOf(cell);
    const lines = await output.locator('.out-line').evaluateAll((nodes) =>
      nodes.map((node) =>
        [...node.childNodes]
          .filter((child) => child.nodeType === Node.TEXT_NODE)
          .map((child) => child.textContent ?? '')
          .join(''),
      ),
    );
    // Tables the cell showed with show.table (a heatmap is drawn as a table too, but is not one).
    const tables = await output.locator('table.out-table').evaluateAll((nodes) =>
      nodes.map((table) => ({
        columns: [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
        rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      })),
    );
    const charts = await output
      .getByRole('figure', { name: /^(Line|Bar) chart/ })
      .evaluateAll((nodes) => nodes.map((figure) => figure.querySelector('p')?.textContent ?? ''));
    out.cells.push({ id: (await cell.getAttribute('data-cell-id')) ?? `cell-${i + 1}`, lines, tables, charts });
  }
  return out;
}

/**
 * The text summary of a drawing pad's onChange result, its bar chart ("2 bars of …: inked 12, … .
 * Largest: …"), inside `scope`; '' while there is none yet.
 */
export async function padResultSummary(scope: Locator): Promise<string> {
  return (
    (await scope
      .getByRole('figure', { name: 'Bar chart: onChange result' })
      .textContent({ timeout: 1_000 })
      .catch(() => null)) ?? ''
  );
}
