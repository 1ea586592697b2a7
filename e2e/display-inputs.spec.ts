import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { cellOf, outputOf, runCell, padResultSummary, setCode } from './helpers';

/**
 * Issue 10's displays in the scratchpad: a heatmap whose cells show their examples (mouse and
 * keyboard), a captioned gallery, a reliability diagram, and a drawing pad drawn on with the
 * mouse, a touch screen, the keyboard and a programmatic stroke, its onChange answering live
 * between runs and the pad stopping with its kernel.
 */

/** A pad whose onChange counts the cells at least half inked; its result shows as one bar, "inked". */
const PAD = [
  "const pad = show.drawPad({ size: 8, title: 'Draw here', onChange: (pixels) => ({ inked: pixels.filter((v) => v >= 0.5).length }) });",
].join('\n');

/** The number of inked cells the pad's result says (its bar chart summary), or null before any. */
async function inkedOf(output: Locator): Promise<number | null> {
  const text = await padResultSummary(output);
  const match = /inked ([\d,]+)/.exec(text);
  return match ? Number(match[1]!.replace(/,/g, '')) : null;
}

async function openPad(page: Page) {
  await page.goto('/scratch/');
  const cell = cellOf(page, 3);
  await setCode(page, cell, PAD);
  await runCell(cell);
  const output = outputOf(cell);
  const pad = output.getByRole('figure', { name: 'Drawing pad: Draw here' });
  const area = pad.getByRole('application', { name: 'Drawing area, 8 × 8 cells' });
  await area.scrollIntoViewIfNeeded();
  const box = (await area.boundingBox())!;
  return { cell, output, pad, area, box };
}

test.describe('display inputs', () => {
  test('a heatmap cell shows its examples by click and by keyboard; galleries and the reliability diagram are named', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = cellOf(page, 3);
    await setCode(
      page,
      cell,
      [
        'const counts = [[2, 1], [0, 3]];',
        "show.heatmap(counts, { title: 'Confusion', rowLabels: ['cat', 'dog'], colLabels: ['cat', 'dog'], yLabel: 'true', xLabel: 'predicted',",
        '  examples: (r, c) => ({ images: tf.ones([counts[r][c], 4, 4]).mul(0.5), captions: counts[r][c] > 0 ? Array.from({ length: counts[r][c] }, (_, i) => `example ${i + 1}`) : [] }) });',
        "show.images(tf.zeros([2, 4, 4]), { title: 'Captioned', captions: ['a blank 3', 'a blank 5'] });",
        "show.reliability({ confidences: [0.7, 0.7, 0.9, 1], correct: [true, false, true, true], bins: 5, title: 'Calibration' });",
      ].join('\n'),
    );
    await runCell(cell);
    const output = outputOf(cell);
    const heatmap = output.getByRole('figure', { name: 'Heatmap: Confusion' });
    await expect(heatmap.getByRole('columnheader', { name: 'predicted' })).toBeVisible();

    await heatmap.getByRole('button', { name: 'true dog, predicted dog: 3; 3 images' }).click();
    const dogDog = heatmap.getByRole('figure', { name: 'Image grid: Examples: true dog, predicted dog' });
    await expect(dogDog.getByRole('img')).toHaveCount(3);
    await expect(dogDog.getByRole('img', { name: 'example 3' })).toBeVisible();

    // Keyboard: one tab stop on the first cell, the arrow keys move, Enter shows.
    const first = heatmap.getByRole('button', { name: 'true cat, predicted cat: 2; 2 images' });
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expect(heatmap.getByRole('button', { name: 'true cat, predicted dog: 1; 1 image' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heatmap.getByRole('figure', { name: 'Image grid: Examples: true cat, predicted dog' }).getByRole('img')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press(' ');
    await expect(heatmap).toContainText('No examples in this cell.');

    const gallery = output.getByRole('figure', { name: 'Image grid: Captioned' });
    await expect(gallery.getByRole('img', { name: 'a blank 5' })).toBeVisible();
    await expect(gallery.getByText('a blank 5', { exact: true })).toBeVisible();

    const reliability = output.getByRole('figure', { name: 'Reliability diagram: Calibration' });
    await expect(reliability).toContainText('ECE 0.125 over 4 predictions in 5 bins.');

    const { violations } = await new AxeBuilder({ page }).include('.cell-output').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('the drawing pad takes a mouse stroke and shows onChange’s result live, after the cell ended', async ({ page }) => {
    const { output, pad, box } = await openPad(page);
    await expect(pad).toContainText('Draw something to see what onChange returns.');
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5, { steps: 8 });
    await page.mouse.up();
    // A horizontal line across most of the pad: one row or two of the 8 × 8 cells inked.
    await expect.poll(() => inkedOf(output)).toBeGreaterThanOrEqual(5);
    expect(await inkedOf(output)).toBeLessThanOrEqual(16);

    // Clear blanks the drawing and onChange sees it.
    await pad.getByRole('button', { name: 'Clear drawing' }).click();
    await expect.poll(() => inkedOf(output)).toBe(0);
  });

  test('the drawing pad is usable by keyboard alone', async ({ page }) => {
    const { output, pad, area } = await openPad(page);
    await area.focus();
    await expect(area).toHaveAccessibleDescription(/arrow keys move the pen/);
    await page.keyboard.press('p');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(pad).toContainText('Pen at row 3, column 4, down; 6 of 64 cells inked.');
    await expect.poll(() => inkedOf(output)).toBe(6);
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press(' ');
    await expect.poll(() => inkedOf(output)).toBe(5);
    await page.keyboard.press('Delete');
    await expect.poll(() => inkedOf(output)).toBe(0);

    const { violations } = await new AxeBuilder({ page }).include('.cell-output').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true });

    test('the drawing pad takes a finger stroke', async ({ page }) => {
      const { output, box } = await openPad(page);
      const cdp = await page.context().newCDPSession(page);
      const at = (fx: number, fy: number) => [{ x: box.x + box.width * fx, y: box.y + box.height * fy }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.5, 0.15) });
      for (let step = 1; step <= 8; step++)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(0.5, 0.15 + 0.09 * step) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect.poll(() => inkedOf(output)).toBeGreaterThanOrEqual(5);
      // The page did not scroll away under the finger.
      await expect(output.getByRole('figure', { name: 'Drawing pad: Draw here' })).toBeInViewport();
    });
  });

  test('a programmatic stroke from another cell draws on the pad; after Restart the pad says it stopped', async ({ page }) => {
    const opened = await openPad(page);
    const { output, pad } = opened;
    let box = opened.box;
    const other = cellOf(page, 2);
    await setCode(page, other, "const answer = await pad.stroke([[0, 0], [7, 7]]);\nconsole.log('stroke inked', answer.inked);");
    await runCell(other);
    await expect(outputOf(other)).toContainText('stroke inked 8');
    await expect.poll(() => inkedOf(output)).toBe(8);
    // The canvas shows it: the top-left cell is ink (dark), the top-right blank (white).
    const corners = await pad.getByRole('application').evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d')!;
      const cell = canvas.width / 8;
      return [
        context.getImageData(cell / 2, cell / 2, 1, 1).data[0],
        context.getImageData(canvas.width - cell / 2, cell / 2, 1, 1).data[0],
      ];
    });
    expect(corners[0]).toBeLessThan(100);
    expect(corners[1]).toBe(255);

    await page.getByRole('button', { name: 'Restart' }).click();
    const area = pad.getByRole('application');
    await area.scrollIntoViewIfNeeded();
    box = (await area.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.8, { steps: 4 });
    await page.mouse.up();
    await expect(pad).toContainText('This drawing pad stopped with its kernel. Run the cell again to draw.');
    await expect(pad.getByRole('button', { name: 'Clear drawing' })).toBeDisabled();
  });
});
