import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { cellOf, outputOf, runCell, setCode, statusOf } from './helpers';

test.describe('cell output', () => {
  test('a training cell shows a live chart and a progress bar that advances', async ({ page }) => {
    await page.goto('/lessons/first-model/');
    const training = cellOf(page, 1);
    const output = outputOf(training);
    // Record every value the progress bar takes while training runs (observing the cell: an
    // empty Output is not displayed, so it is not in the accessibility tree until the run starts).
    await training.evaluate((root) => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = root.querySelector('progress');
        if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await training.getByRole('button', { name: 'Run' }).click();

    const chart = output.getByRole('figure', { name: 'Line chart: Learning the digits' });
    await expect(chart).toBeVisible({ timeout: 30_000 });
    await expect(chart.locator('canvas').first()).toBeVisible();
    const progress = output.getByRole('progressbar', { name: /^Training/ });
    await expect(progress).toBeVisible();
    await expect(statusOf(training)).toHaveText(/done/i, { timeout: 45_000 });

    await expect(progress).toHaveAccessibleName(/^Training — epoch 15 of 15: done in \d/);
    const max = Number(await progress.getAttribute('max'));
    expect(max).toBeGreaterThan(15);
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    const between = seen.filter((v) => v > 0 && v < max);
    expect(between.length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(max);
    // One chart, updated in place: 15 epochs, one point each.
    await expect(output.getByRole('figure')).toHaveCount(1);
    await expect(chart).toContainText('15 points. Latest: loss');
  });

  test('model.fit without callbacks gets a progress bar by itself', async ({ page }) => {
    await page.goto('/scratch/');
    const target = cellOf(page, 3);
    await setCode(
      page,
      target,
      [
        "const model = tf.sequential({ layers: [tf.layers.dense({ units: 16, inputShape: [8], activation: 'relu' }), tf.layers.dense({ units: 1 })] });",
        "model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });",
        'const xs = tf.randomNormal([1000, 8]);',
        'const ys = tf.randomNormal([1000, 1]);',
        'await model.fit(xs, ys, { epochs: 20, batchSize: 32 });',
        'tf.dispose([xs, ys]);',
      ].join('\n'),
    );
    await runCell(target);
    const progress = outputOf(target).getByRole('progressbar');
    await expect(progress).toHaveAccessibleName(/^Training — epoch 20 of 20: done in \d/);
    // 20 epochs × 32 batches (1,000 samples in batches of 32).
    await expect(progress).toHaveAttribute('max', '640');
    await expect(progress).toHaveAttribute('value', '640');
  });

  test('100,000 console.log calls end with the cap note and the page stays responsive', async ({ page }) => {
    await page.goto('/scratch/');
    const target = cellOf(page, 3);
    await setCode(page, target, "for (let i = 0; i < 100000; i++) console.log('line', i);");
    // Watch the main thread: every task longer than 50 ms is recorded.
    await page.evaluate(() => {
      const long: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = long;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => long.push(entry.duration))).observe({ type: 'longtask' });
    });
    await runCell(target);
    const output = outputOf(target);
    await expect(output.getByText('99,000 more lines not shown (100,000 printed in all).', { exact: false })).toBeVisible();
    await expect(output.locator('.out-line')).toHaveCount(1000);
    await expect(output.locator('.out-line').last()).toHaveText('line 999');
    // The Output followed the new lines: its end is what shows.
    await output.scrollIntoViewIfNeeded();
    await expect(output.locator('.out-suppressed')).toBeInViewport();
    await expect(output.locator('.out-line').first()).not.toBeInViewport();

    // The page still answers: another cell runs at once.
    const started = Date.now();
    await cellOf(page, 1).getByRole('button', { name: 'Run' }).click();
    await expect(statusOf(cellOf(page, 1))).toHaveText(/done/i);
    expect(Date.now() - started).toBeLessThan(10_000);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    // No main-thread task came near blocking the page. (Output arrives in capped batches and is
    // appended at most 250 blocks per frame; tasks measure ≈ 50–90 ms here, more when the machine is
    // busy, so the bound is loose: rendering 100,000 lines would take seconds.)
    expect(Math.max(0, ...longTasks)).toBeLessThan(500);
  });

  test('a table, a heatmap, an image grid and a scatter plot render with accessible names', async ({ page }) => {
    await page.goto('/scratch/');
    const target = cellOf(page, 3);
    await setCode(
      page,
      target,
      [
        "show.table([{ model: 'linear', acc: 0.91 }, { model: 'mlp', acc: 0.975 }], { title: 'Small table' });",
        "show.heatmap([[5, 1], [0, 7]], { title: 'Confusion', xLabels: ['cat', 'dog'], yLabels: ['cat', 'dog'] });",
        'const blank = tf.linspace(0, 1, 3 * 8 * 8).reshape([3, 8, 8]);',
        "show.images(blank, { columns: 3, labels: ['a', 'b', 'c'], title: 'Ramps' });",
        'blank.dispose();',
        "show.scatter([[0, 0], [1, 1], [2, 0]], [0, 1, 1], { title: 'Three points' });",
      ].join('\n'),
    );
    await runCell(target);
    const output = outputOf(target);

    const table = output.getByRole('table', { name: 'Small table' });
    await expect(table.getByRole('columnheader')).toHaveText(['model', 'acc']);
    await expect(table.getByRole('cell', { name: '0.975' })).toBeVisible();
    // The Output's own style sheet arrived with the runtime.
    await expect(table).toHaveCSS('border-collapse', 'collapse');

    const heatmap = output.getByRole('figure', { name: 'Heatmap: Confusion' });
    await expect(heatmap.getByRole('rowheader')).toHaveText(['cat', 'dog']);
    await expect(heatmap.getByRole('cell', { name: '7' })).toBeVisible();
    await expect(heatmap).toContainText('the largest is at row dog, column dog');

    const images = output.getByRole('figure', { name: 'Image grid: Ramps' });
    await expect(images.locator('canvas')).toHaveCount(3);
    await expect(images).toContainText('3 images of 8 × 8 pixels, labelled a, b, c.');
    // The last image ends bright: its bottom-right pixel is white.
    const corner = await images
      .locator('canvas')
      .last()
      .evaluate((canvas: HTMLCanvasElement) => Array.from(canvas.getContext('2d')!.getImageData(7, 7, 1, 1).data));
    expect(corner).toEqual([255, 255, 255, 255]);

    const scatter = output.getByRole('figure', { name: 'Scatter plot: Three points' });
    await expect(scatter.locator('canvas').first()).toBeVisible();
    await expect(scatter).toContainText('3 points in 2 classes.');

    const { violations } = await new AxeBuilder({ page }).include('.cell-output').analyze();
    expect(
      violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  test("a load test's latency chart and a line chart on log axes render with accessible names", async ({ page }) => {
    await page.goto('/scratch/');
    const target = cellOf(page, 3);
    await setCode(
      page,
      target,
      [
        'const r = await load.simulate({ rate: 100, durationMs: 2000, service: { meanMs: 5 } });',
        "show.latency([r], { title: 'Simulated latency', labels: ['simulated'] });",
        "show.latency(r, { title: 'Simulated histogram', view: 'histogram' });",
        "const chart = show.line({ title: 'On log axes', series: ['p99'], logX: true, logY: true });",
        'chart.push({ p99: 2 }, 10);',
        'chart.push({ p99: 300 }, 1000);',
      ].join('\n'),
    );
    await runCell(target);
    const output = outputOf(target);
    const cdf = output.getByRole('figure', { name: 'Latency chart: Simulated latency' });
    await expect(cdf.locator('canvas').first()).toBeVisible();
    await expect(cdf).toContainText(/Latency CDF of 1 run: simulated p50 [\d.]+ ms, p99 [\d.]+ ms, max [\d.]+ ms\./);
    const histogram = output.getByRole('figure', { name: 'Latency chart: Simulated histogram' });
    await expect(histogram.locator('canvas').first()).toBeVisible();
    await expect(histogram).toContainText(/Latency histogram of 1 run: 100\/s p50/);
    const log = output.getByRole('figure', { name: 'Line chart: On log axes' });
    await expect(log.locator('canvas').first()).toBeVisible();
    await expect(log).toContainText('2 points. Latest: p99 300.');
    const { violations } = await new AxeBuilder({ page }).include('.cell-output').analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
