import { expect, test } from '@playwright/test';
import { cellsIn, outputOf, runCell } from './helpers';

/**
 * Lesson 13's experiment log on the lesson page, as its "Try this" tells the learner: the runs
 * the first two cells record are kept through a reload, so the verdicts cell, run alone on the
 * reloaded page, reads them from the stored log and prints the same verdicts without training;
 * and the first cell run again replaces the baseline's runs instead of adding to them.
 */
const CELL_TIMEOUT_MS = 90_000;

/** The verdict lines the verdicts cell printed ("shifted images: gain −5.76 points, …: hurt"). */
async function verdictLines(cell: ReturnType<typeof cellsIn>) {
  const lines = await outputOf(cell).locator('.out-line').allTextContents();
  return lines.filter((line) => /: gain [−+][\d.]+ points, 95 % interval .*: (helped|hurt|not demonstrated)$/.test(line));
}

test('the runs the lesson logs survive a reload: the verdicts cell reads them alone, and rerunning the baseline does not add runs', async ({
  page,
}) => {
  test.setTimeout(4 * CELL_TIMEOUT_MS);
  await page.goto('/lessons/one-project-deep/');
  const cells = cellsIn(page);
  await runCell(cells.nth(0), { timeout: CELL_TIMEOUT_MS });
  await expect(outputOf(cells.nth(0))).toContainText('runs in the log: 4');
  await runCell(cells.nth(1), { timeout: CELL_TIMEOUT_MS });
  await expect(outputOf(cells.nth(1))).toContainText('runs in the log: 24');
  await runCell(cells.nth(2), { timeout: CELL_TIMEOUT_MS });
  const before = await verdictLines(cells.nth(2));
  expect(before).toHaveLength(5);

  await page.reload();
  const verdicts = cellsIn(page).nth(2);
  await runCell(verdicts, { timeout: CELL_TIMEOUT_MS });
  expect(await verdictLines(verdicts)).toEqual(before);
  await expect(
    outputOf(verdicts).getByRole('table', { name: 'Each step against the baseline, paired by seed (val accuracy)' }).getByRole('row'),
  ).toHaveCount(6);

  const baseline = cellsIn(page).nth(0);
  await runCell(baseline, { timeout: CELL_TIMEOUT_MS });
  await expect(outputOf(baseline)).toContainText('runs in the log: 24');
});
