import { expect, type Locator, type Page } from '@playwright/test';

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

/**
 * Replaces a cell's code through its editor (Monaco loads when the static code gets focus), typed
 * as one edit so that nothing is auto-closed, and waits until the editor shows it.
 */
export async function setCode(page: Page, cell: Locator, code: string): Promise<void> {
  const editor = cell.getByRole('textbox', { name: /^Code of cell \d+$/ });
  if ((await editor.count()) === 0) await cell.locator('pre').focus();
  else await editor.focus();
  await expect(editor).toBeFocused({ timeout: 30_000 });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
  await expect(cell.locator('.view-lines')).toContainText(code.split('\n')[0]!.trim().slice(0, 20));
}

/** An exercise panel by its accessible name ("Exercise: <title>"). */
export const exercisePanel = (page: Page, title: string) => page.getByRole('region', { name: `Exercise: ${title}` });
