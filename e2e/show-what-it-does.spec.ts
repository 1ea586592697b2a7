import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { cellsIn, outputOf, padResultSummary, runCell } from './helpers';

/**
 * Lesson 12's demo panel and confusion matrix on the lesson page, as a learner meets them: the
 * heatmap's cells show their examples by click and by keyboard, and the pad, drawn on with the
 * mouse, a finger and the keyboard, shows the model's ten probabilities, updated as it changes.
 */
const CELL_TIMEOUT_MS = 90_000;

/** The pad's latest result: its ten probabilities by digit, read from the bar chart's summary ("10 bars: 0 0.01, 1 0.95, …. Largest: …"). */
async function probabilitiesOf(pad: Locator): Promise<number[] | null> {
  const text = await padResultSummary(pad);
  const list = /10 bars[^:]*: (.*?)\. Largest:/.exec(text)?.[1];
  if (!list) return null;
  const values = list.split(', ').map((entry) => Number(entry.split(' ')[1]));
  return values.length === 10 && values.every(Number.isFinite) ? values : null;
}

/** The digit the pad's result gives the largest probability, or null before any result. */
async function readAs(pad: Locator): Promise<string | null> {
  const text = await padResultSummary(pad);
  return /Largest: (\d) /.exec(text)?.[1] ?? null;
}

/** Opens the lesson, runs the model cell and the demo cell; returns the heatmap and the pad. */
async function openDemo(page: Page) {
  await page.goto('/lessons/show-what-it-does/');
  const [show, demo] = [cellsIn(page).nth(0), cellsIn(page).nth(1)];
  await runCell(show, { timeout: CELL_TIMEOUT_MS });
  await runCell(demo, { timeout: CELL_TIMEOUT_MS });
  const heatmap = outputOf(show).getByRole('figure', { name: 'Heatmap: Confusion matrix (test images)' });
  const pad = outputOf(demo).getByRole('figure', { name: 'Drawing pad: Draw a digit' });
  const area = pad.getByRole('application', { name: 'Drawing area, 8 × 8 cells' });
  // The cell's own stroke, a line down the middle, is already shown: read as a 1.
  await expect.poll(() => readAs(pad)).toBe('1');
  const line = JSON.stringify(await probabilitiesOf(pad));
  // Clear: the blank pad's probabilities replace the line's.
  await pad.getByRole('button', { name: 'Clear drawing' }).click();
  await expect.poll(async () => JSON.stringify(await probabilitiesOf(pad))).not.toBe(line);
  await area.scrollIntoViewIfNeeded();
  return { show, demo, heatmap, pad, area, box: (await area.boundingBox())! };
}

test.describe('lesson 12, Show what it does', () => {
  test.setTimeout(3 * CELL_TIMEOUT_MS);

  test('the confusion matrix shows each cell’s examples by click and by keyboard; the gallery is captioned', async ({ page }) => {
    const { show, heatmap } = await openDemo(page);
    await expect(heatmap.getByRole('columnheader', { name: 'predicted digit' })).toBeVisible();
    // A diagonal cell holds many right answers: at most 24 of them travel with the heatmap.
    const eights = heatmap.getByRole('button', { name: /^true digit 8, predicted digit 8: \d+; \d+ images$/ });
    await eights.click();
    const shown = heatmap.getByRole('figure', { name: 'Image grid: Examples: true digit 8, predicted digit 8' });
    await expect(shown.getByRole('img')).toHaveCount(24);
    await expect(shown.getByRole('img').first()).toHaveAccessibleName(/^#\d+, \d+ % sure$/);

    // Keyboard: from the first cell, ArrowRight moves to "true digit 0, predicted digit 1"; Enter shows it.
    await heatmap.getByRole('button', { name: /^true digit 0, predicted digit 0: / }).focus();
    await page.keyboard.press('ArrowRight');
    const next = heatmap.getByRole('button', { name: /^true digit 0, predicted digit 1: / });
    await expect(next).toBeFocused();
    const count = Number(/: (\d+);/.exec((await next.getAttribute('aria-label')) ?? (await next.textContent()) ?? '')?.[1] ?? NaN);
    await page.keyboard.press('Enter');
    if (count > 0)
      await expect(
        heatmap.getByRole('figure', { name: 'Image grid: Examples: true digit 0, predicted digit 1' }).getByRole('img'),
      ).toHaveCount(Math.min(count, 24));
    else await expect(heatmap).toContainText('No examples in this cell.');

    const gallery = outputOf(show).getByRole('figure', { name: 'Image grid: The most confident mistakes' });
    await expect(gallery.getByRole('img')).toHaveCount(8);
    await expect(gallery.getByRole('img').first()).toHaveAccessibleName(/^an? \d, read as \d \(\d+ %\)$/);
    await expect(outputOf(show).getByRole('figure', { name: 'Reliability diagram: Reliability diagram (test images)' })).toContainText(
      /ECE 0\.\d+ over 2,000 predictions in 10 bins\./,
    );
  });

  test('the pad, drawn with the mouse, shows the model’s probabilities live', async ({ page }) => {
    const { pad, box } = await openDemo(page);
    const blank = await probabilitiesOf(pad);
    // A line down the middle, as the lesson's own stroke: read as a 1.
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.125);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.94, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => readAs(pad)).toBe('1');
    const drawn = (await probabilitiesOf(pad))!;
    expect(drawn).not.toEqual(blank);
    // Ten probabilities (each shown rounded) that add up to about 1.
    expect(Math.abs(drawn.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(0.05);

    const { violations } = await new AxeBuilder({ page }).include('.cell-output').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('the pad is usable by keyboard alone', async ({ page }) => {
    const { pad, area } = await openDemo(page);
    await area.focus();
    // The pen starts at row 1, column 1: move it to column 5, put it down, draw down to row 8.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('p');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
    await expect(pad).toContainText('Pen at row 8, column 5, down; 8 of 64 cells inked.');
    await expect.poll(() => readAs(pad)).toBe('1');
    await page.keyboard.press('Delete');
    await expect(pad).toContainText('0 of 64 cells inked.');
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true });

    test('the pad takes a finger stroke and answers with probabilities', async ({ page }) => {
      const { pad, box } = await openDemo(page);
      const cdp = await page.context().newCDPSession(page);
      const at = (fy: number) => [{ x: box.x + box.width * 0.5, y: box.y + box.height * fy }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.125) });
      for (let step = 1; step <= 8; step++)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(0.125 + 0.1 * step) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect.poll(() => readAs(pad)).toBe('1');
      await expect(pad).toBeInViewport();
    });
  });
});
