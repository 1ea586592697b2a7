import { expect, test } from '@playwright/test';
import { cellOf, kernelStatus, outputOf, runCell, setCode, statusOf } from './helpers';

test.describe('the run-first runtime', () => {
  test('runs a lesson cell on the static code, without loading the editor', async ({ page }) => {
    await page.goto('/lessons/first-model/');
    const cell = cellOf(page, 1);
    await expect(cell.getByRole('button', { name: 'Run' })).toBeEnabled();
    await runCell(cell);
    await expect(statusOf(cell)).toHaveText(/^Ran in \d+(\.\d)? m?s — done$/);
    await expect(outputOf(cell)).not.toBeEmpty();
    await expect(outputOf(cell)).toContainText('Memory after this run');
    await expect(kernelStatus(page)).toHaveText(/^Kernel ready on /);
    await expect(page.locator('.monaco-editor')).toHaveCount(0);
  });

  test('a later cell uses a name from an earlier one, and Restart clears it', async ({ page }) => {
    await page.goto('/scratch/');
    const first = cellOf(page, 1);
    const second = cellOf(page, 2);
    await setCode(page, first, 'const shared = 6 * 7;\nfunction twice(v) { return 2 * v; }');
    await setCode(page, second, 'console.log("answer", twice(shared) / 2);');
    await runCell(first);
    await runCell(second);
    await expect(outputOf(second)).toContainText('answer 42');

    await page.getByRole('button', { name: 'Restart' }).click();
    await runCell(second, { outcome: 'error' });
    await expect(statusOf(second)).toHaveText('Failed on line 1 — error');
    await expect(outputOf(second)).toContainText('is not defined');
  });

  test('Stop ends an infinite loop at once while the page keeps responding', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 1);
    const loop = 'let spins = 0;\nwhile (true) { spins++; }';
    await setCode(page, cell, loop);
    await cell.getByRole('button', { name: 'Run' }).click();
    await expect(statusOf(cell)).toHaveText('Running…');

    // The page still responds while the loop spins: typing in a field and pressing a button work.
    const limit = page.getByRole('spinbutton', { name: 'Time limit (s)' });
    await limit.fill('123');
    await expect(limit).toHaveValue('123');
    const theme = page.getByRole('button', { name: 'Dark mode' });
    const pressed = await theme.getAttribute('aria-pressed');
    await theme.click();
    await expect(theme).not.toHaveAttribute('aria-pressed', pressed ?? '');
    await expect(statusOf(cell)).toHaveText('Running…');

    // Stop, timed inside the page: from the click to the status saying "stopped".
    const stopMs = await cell.evaluate(
      (root) =>
        new Promise<number>((resolve) => {
          const status = root.querySelector('[role="status"]')!;
          const start = performance.now();
          new MutationObserver((_, observer) => {
            if (/stopped$/.test(status.textContent ?? '')) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          }).observe(status, { childList: true, characterData: true, subtree: true });
          [...root.querySelectorAll('button')].find((button) => button.textContent === 'Stop')!.click();
        }),
    );
    expect(stopMs).toBeLessThan(200);
    await expect(statusOf(cell)).toHaveText(/^Interrupted after .* — stopped$/);
    await expect(outputOf(cell)).toContainText('The kernel restarted');
    await expect(cell.locator('.view-lines')).toContainText('while (true) { spins++; }');

    // The restarted kernel is clean and works.
    await setCode(page, cell, 'console.log(typeof spins);');
    await runCell(cell);
    await expect(outputOf(cell)).toContainText('undefined');
  });

  test('a run past its time limit is stopped with a message saying how to raise it', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 1);
    await setCode(page, cell, 'while (true) {}');
    await page.getByRole('spinbutton', { name: 'Time limit (s)' }).fill('1');
    await runCell(cell, { outcome: 'stopped' });
    await expect(statusOf(cell)).toHaveText('Over the 1 s time limit — stopped');
    await expect(outputOf(cell)).toContainText('raise "Time limit"');
  });

  test('errors show the cell line, in the Output and as an editor marker', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 1);
    await setCode(page, cell, 'const a = 1;\nconst b = ;');
    await runCell(cell, { outcome: 'error' });
    await expect(statusOf(cell)).toHaveText('Failed on line 2 — error');
    await expect(outputOf(cell)).toContainText('line 2');
    await expect(cell.locator('.squiggly-error').first()).toBeAttached();

    await setCode(page, cell, 'const t = tf.ones([2, 2]);\n\nt.reshape([3]);');
    await runCell(cell, { outcome: 'error' });
    await expect(statusOf(cell)).toHaveText('Failed on line 3 — error');

    await setCode(page, cell, 'throw 42;');
    await runCell(cell, { outcome: 'error' });
    await expect(outputOf(cell)).toContainText('threw 42 (a number)');

    await setCode(page, cell, 'Promise.reject(new Error("nobody caught me"));');
    await runCell(cell, { outcome: 'error' });
    await expect(outputOf(cell)).toContainText('nobody caught me');
  });

  test('a tensor too large for memory ends in a clear error and the kernel goes on', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 1);
    await setCode(page, cell, 'const huge = tf.zeros([1e5, 1e5]);');
    await runCell(cell, { outcome: 'error' });
    await expect(outputOf(cell)).toContainText('Not enough memory for this tensor');
    // A kernel output too large for WASM memory is refused before it corrupts the heap.
    await setCode(page, cell, 'const product = tf.ones([30000, 1]).matMul(tf.ones([1, 30000]));');
    await runCell(cell, { outcome: 'error' });
    await expect(outputOf(cell)).toContainText('Not enough memory for this tensor');
    await setCode(page, cell, 'console.log("sum", tf.ones([2]).sum().dataSync()[0]);');
    await runCell(cell);
    await expect(outputOf(cell)).toContainText('sum 2');
  });

  test('the leak report counts tensors a run left behind', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 1);
    await setCode(page, cell, 'const kept = [tf.ones([10]), tf.ones([10])];');
    await runCell(cell);
    await expect(outputOf(cell)).toContainText('this run added 2 tensors (80 B)');
    await expect(outputOf(cell)).toContainText('tf.tidy');
    await setCode(page, cell, 'tf.tidy(() => { tf.ones([10]).add(1); });');
    await runCell(cell);
    await expect(outputOf(cell)).toContainText('this run added none');
  });

  test('switching the backend between CPU and WASM restarts the kernel on it', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 1);
    const backend = page.getByRole('combobox', { name: 'Backend' });
    const kernel = kernelStatus(page);
    await setCode(page, cell, 'console.log("on", tf.getBackend());');
    await backend.selectOption('cpu');
    await expect(kernel).toHaveText('Kernel ready on CPU');
    await runCell(cell);
    await expect(outputOf(cell)).toContainText('on cpu');
    await backend.selectOption('wasm');
    await expect(kernel).toHaveText(/^Kernel ready on WASM/);
    await runCell(cell);
    await expect(outputOf(cell)).toContainText('on wasm');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Backend' })).toHaveValue('wasm');
  });

  test('edited code survives a reload, and Reset can be undone', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 3);
    await setCode(page, cell, 'console.log("kept across reloads");');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('runfirst:progress') ?? '')).toContain('kept across reloads');
    await page.reload();
    await expect(cellOf(page, 3).locator('pre')).toContainText('console.log("kept across reloads");');
    await runCell(cellOf(page, 3));
    await expect(outputOf(cellOf(page, 3))).toContainText('kept across reloads');

    await cellOf(page, 3).getByRole('button', { name: 'Reset' }).click();
    await expect(cellOf(page, 3).locator('pre')).not.toContainText('kept across reloads');
    await cellOf(page, 3).getByRole('button', { name: 'Undo reset' }).click();
    await expect(cellOf(page, 3).locator('pre')).toContainText('kept across reloads');
  });

  test('Ctrl+Enter in the editor runs the cell', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 1);
    await setCode(page, cell, 'console.log("ran from the keyboard");');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(statusOf(cell)).toHaveText(/done$/);
    await expect(outputOf(cell)).toContainText('ran from the keyboard');
  });

  test('the editor completes tfjs names from its type definitions', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 3);
    await setCode(page, cell, 'const m = tf.tens');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget');
    await expect(suggestions).toBeVisible();
    await expect(suggestions).toContainText('tensor2d');

    // The learner API is typed too.
    await page.keyboard.press('Escape');
    await setCode(page, cell, 'show.fit');
    await page.keyboard.press('Control+Space');
    await expect(suggestions).toContainText('fitCallbacks');
  });
});
