import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { cellOf, outputOf, runCell, setCode } from './helpers';

/**
 * `test`/`expect` in a lesson cell (the scratchpad): each verdict lands in the cell's Output as
 * one item of a list named "Tests" (passed, failed with the grader's message, timed out), an
 * awaited async test is done before the cell is, and the list passes axe.
 */
test.describe('tests in a cell', () => {
  test('verdicts show as a list a screen reader reads, in the grader’s words, before the cell is done', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 3);
    await setCode(
      page,
      cell,
      [
        'const layer = (x) => tf.matMul(x, tf.ones([3, 2]));',
        "await test('keeps the batch', () => expect.shape(layer(tf.ones([4, 3])), [4, 2]));",
        "await test('is wide', () => expect.shape(layer(tf.ones([4, 3])), [4, 5]));",
        "await test('settles', async () => { await sleep(300); expect.equal(1, 1); });",
        "await test('hangs', () => new Promise(() => {}), { timeout: 200 });",
        "console.log('after the tests');",
      ].join('\n'),
    );
    await runCell(cell);
    const output = outputOf(cell);
    const list = output.getByRole('list', { name: 'Tests' });
    const items = list.getByRole('listitem');
    await expect(items).toHaveText([
      '✓ keeps the batch: passed',
      '✗ is wide: failed. Your result has shape [4, 2], but shape [4, 5] was expected. Check which axis you reduce or reshape over.',
      '✓ settles: passed',
      '⏱ hangs: timed out. Timed out: the test did not finish within 0.2 s. Look for a loop that never ends, or training that runs far longer than needed.',
    ]);
    // The awaited tests finished before the line after them was printed, in order.
    await expect(output.getByText('after the tests')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('[aria-label="Tests"]').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
