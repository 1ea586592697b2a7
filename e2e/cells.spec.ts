import { expect, test, type Locator } from '@playwright/test';
import { cellOf, outputOf, statusOf } from './helpers';

/**
 * A lesson cell (from markdown) and a scratchpad cell (CodeCell.astro) come from one builder;
 * in the built site they must offer the same parts by role and accessible name.
 */
async function expectCellContract(cell: Locator) {
  await expect(cell).toHaveCount(1);
  await expect(cell.getByRole('button')).toHaveText(['Run', 'Stop', 'Reset', 'Share']);
  await expect(cell.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  await expect(cell.getByRole('button', { name: 'Stop', exact: true })).toBeDisabled();
  await expect(cell.getByRole('button', { name: 'Reset', exact: true })).toBeEnabled();
  await expect(statusOf(cell)).toHaveText('Not run yet');
  await expect(outputOf(cell)).toBeAttached();
  await expect(outputOf(cell)).toBeEmpty();
}

test.describe('code cells', () => {
  for (const path of ['/lessons/first-model/', '/scratch/']) {
    test(`a cell on ${path} has Run, Stop, Reset, a status and an empty Output`, async ({ page }) => {
      await page.goto(path);
      await expectCellContract(cellOf(page, 1));
      await expectCellContract(cellOf(page, 2));
    });
  }
});
