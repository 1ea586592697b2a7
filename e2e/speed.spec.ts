import { expect, test } from '@playwright/test';

test.describe('the speed page', () => {
  test('loads no worker until asked, then measures matmul speed on the chosen backend', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('/speed/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Speed check/);
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/Press a button to measure/);
    expect(workers).toEqual([]);

    await page.getByRole('combobox', { name: 'Backends' }).selectOption('wasm');
    await page.getByRole('button', { name: 'Measure matrix multiply' }).click();
    await expect(page.getByRole('button', { name: 'Measure training' })).toBeDisabled();
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/Finished in \d+\.\d s\./, { timeout: 60_000 });

    const table = page.getByRole('table', { name: /Matrix multiply/ });
    // WASM on every core, then held to one thread; on more than 2 cores also on the lessons'
    // every core but one, between them. The row lessons use says so.
    const cores = await page.evaluate(() => (crossOriginIsolated ? navigator.hardwareConcurrency : 1));
    const wasmRows = cores > 2 ? 3 : 2;
    const wasm = table.getByRole('row', { name: /WASM/ });
    await expect(wasm).toHaveCount(wasmRows);
    await expect(wasm.first()).toHaveAccessibleName(/every core \(\d+ threads?/);
    await expect(wasm.last()).toHaveAccessibleName(/one thread \(1 thread/);
    // Lessons: every core but one (its own row on > 2 cores, the one-thread row on 2); not isolated, both rows are one thread.
    const lessonsRow = cores > 2 ? /every core but one/ : cores === 2 ? /one thread/ : /every core \(/;
    await expect(table.getByRole('row', { name: /what lessons use/ })).toHaveAccessibleName(lessonsRow);
    for (const cell of await wasm.getByRole('cell').all()) {
      await expect(cell).toHaveText(/^\d+\.\d$/); // GFLOP/s with one decimal
    }
    // Backends not chosen are left alone.
    await expect(table.getByRole('row', { name: /CPU/ }).getByRole('cell').first()).toHaveText('–');
    // One bare benchmark worker per WASM row started on the click (tfjs's thread pool may add its own).
    expect(workers.filter((url) => url.includes('bare.worker'))).toHaveLength(wasmRows);
    await expect(page.getByRole('button', { name: 'Measure training' })).toBeEnabled();
  });

  test('reports a backend the browser lacks instead of failing', async ({ page }) => {
    await page.goto('/speed/');
    await page.getByRole('combobox', { name: 'Backends' }).selectOption('webgpu');
    await page.getByRole('button', { name: 'Measure matrix multiply' }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/Finished/, { timeout: 60_000 });
    const row = page.getByRole('table', { name: /Matrix multiply/ }).getByRole('row', { name: /WebGPU/ });
    // Headless Chromium here has no WebGPU adapter; where it has one, numbers appear instead.
    await expect(row.getByRole('cell').first()).toHaveText(/not available in this browser|^\d+\.\d$/);
  });
});
