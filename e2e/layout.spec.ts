import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cellOf, exercisePanel, outputOf, runCell, setExerciseCode } from './helpers';

const fitALineSolution = readFileSync(new URL('../exercises/fit-a-line/solution.js', import.meta.url), 'utf8');

/**
 * The lesson page on a laptop and on a phone (issue 8): the first Run on the first screen, the
 * header folded into a menu and a one-line kernel bar on the phone, no page-wide horizontal
 * scroll, charts as wide as their Output, chart colours that follow the theme, reduced motion,
 * and a printout with the theory open and no controls.
 */

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 650 };

/** The lessons' addresses, in course order, as the course map at / lists them. */
async function lessonPaths(page: Page): Promise<string[]> {
  await page.goto('/');
  const links = page.getByRole('main').getByRole('list').getByRole('link');
  const paths = await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const lessons = paths.filter((path) => path.startsWith('/lessons/'));
  expect(lessons.length, 'the course map should link to the lessons').toBeGreaterThan(1);
  return lessons;
}

/** How far the page's content reaches past the viewport's right edge, in CSS pixels. */
const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const viewport of [PHONE, LAPTOP]) {
  test.describe(`a ${viewport.width}×${viewport.height} screen`, () => {
    test.use({ viewport });

    test('shows the first Run of every lesson on the first screen', async ({ page }) => {
      for (const path of await lessonPaths(page)) {
        await page.goto(path);
        const run = cellOf(page, 1).getByRole('button', { name: 'Run' });
        await expect(run).toBeVisible();
        expect(await page.evaluate(() => window.scrollY), `${path} should open at its top`).toBe(0);
        const box = await run.boundingBox();
        expect(box, `${path}: the first Run should have a box`).not.toBeNull();
        expect(box!.y + box!.height, `${path}: the first Run should end within the first ${viewport.height} px`).toBeLessThanOrEqual(
          viewport.height,
        );
      }
    });

    test("runs a lesson's training cell and checks an exercise on this screen", async ({ page }) => {
      await page.goto('/lessons/first-model/');
      await runCell(cellOf(page, 1));
      await expect(outputOf(cellOf(page, 1)).getByRole('figure').first()).toBeVisible();

      await page.goto('/exercises/fit-a-line/');
      const panel = exercisePanel(page, 'Fit a line by hand with gradient descent');
      await setExerciseCode(page, panel, fitALineSolution);
      const check = panel.getByRole('button', { name: 'Check' });
      await check.scrollIntoViewIfNeeded();
      await check.click();
      await expect(panel.getByRole('status')).toHaveText('9 of 9 tests passed', { timeout: 30_000 });
      await expect(panel.getByRole('list', { name: 'Test results' }).getByRole('listitem')).toHaveCount(9);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  });
}

test.describe('a phone', () => {
  test.use({ viewport: PHONE });

  test('folds the header into a menu that lists the lessons, by click and by keyboard', async ({ page }) => {
    const titles = await (async () => {
      await page.goto('/');
      return page.getByRole('main').getByRole('list').getByRole('link').allInnerTexts();
    })();
    await page.goto('/lessons/first-model/');
    const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    const lessons = page.getByRole('navigation', { name: 'Lessons' });
    const search = page.getByRole('banner').getByRole('link', { name: 'Search' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(lessons).toBeHidden();
    await expect(search).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(search).toBeVisible();
    await expect(page.getByRole('banner').getByRole('button', { name: 'Dark mode' })).toBeVisible();
    const listed = await lessons.getByRole('link').allInnerTexts();
    expect(listed).toEqual(titles.map((title) => title.replace(/^\d+\.\s*/, '')));
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(lessons).toBeHidden();

    // By keyboard, from the top of a fresh page: Tab reaches the button, Enter opens, Tab walks
    // into the menu, Escape closes and gives focus back, Space opens again.
    await page.reload();
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab'); // the brand
    await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(search).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Space');
    await expect(lessons.getByRole('link').first()).toBeVisible();
  });

  test('has no page-wide horizontal scroll on lesson, exercise, progress and speed pages', async ({ page }) => {
    const paths = [...(await lessonPaths(page)), '/exercises/', '/exercises/fit-a-line/', '/progress/', '/speed/'];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await horizontalOverflow(page), `${path} should not scroll sideways at ${PHONE.width} px`).toBeLessThanOrEqual(0);
    }
  });

  test('keeps code scrolling inside its cell', async ({ page }) => {
    await page.goto('/lessons/first-model/');
    const code = cellOf(page, 1).locator('pre').first();
    const widths = await code.evaluate((pre) => ({ scroll: pre.scrollWidth, client: pre.clientWidth }));
    expect(widths.scroll, 'the first cell has lines longer than a phone is wide').toBeGreaterThan(widths.client);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('runs the training cell with a one-line kernel bar and a chart as wide as its Output', async ({ page }) => {
    await page.goto('/lessons/first-model/');
    const kernel = page.getByRole('group', { name: 'Kernel' });
    const tenth = PHONE.height / 10;
    expect((await kernel.boundingBox())!.height, 'the kernel bar before the first run').toBeLessThanOrEqual(tenth);

    const training = cellOf(page, 1);
    await runCell(training);
    expect((await kernel.boundingBox())!.height, 'the kernel bar once the kernel is ready').toBeLessThanOrEqual(tenth);

    const output = outputOf(training);
    const canvas = output.getByRole('figure', { name: 'Line chart: Learning the digits' }).locator('canvas').first();
    await expect(canvas).toBeVisible();
    const innerWidth = () => output.evaluate((region) => region.clientWidth);
    const canvasWidth = async () => (await canvas.boundingBox())!.width;
    expect(await canvasWidth()).toBeLessThanOrEqual(await innerWidth());
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Turning the phone narrower: the chart follows its Output.
    await page.setViewportSize({ width: 320, height: PHONE.height });
    await expect.poll(async () => (await canvasWidth()) <= (await innerWidth())).toBe(true);
    expect(await canvasWidth()).toBeLessThan(300);
  });

  test('gives buttons and fields touch targets of at least 44 px', async ({ page }) => {
    await page.goto('/lessons/first-model/');
    await page.getByRole('banner').getByRole('button', { name: 'Menu' }).click();
    const controls = page.locator('button:visible, select:visible, input:visible, summary:visible');
    const small = await controls.evaluateAll((nodes) =>
      nodes
        .map((node) => ({ node, box: node.getBoundingClientRect() }))
        .filter(({ node, box }) => box.height < 44 || (node.tagName === 'BUTTON' && box.width < 44))
        .map(
          ({ node, box }) => `${node.tagName.toLowerCase()} "${node.textContent?.trim().slice(0, 30) ?? ''}" ${box.width}×${box.height}`,
        ),
    );
    expect(await controls.count()).toBeGreaterThan(5);
    expect(small).toEqual([]);
  });
});

test.describe('chart colours', () => {
  /** How many of the chart canvas's pixels have exactly the colour `hex` (grid lines are 1 px, drawn unblended). */
  const pixelsOf = (page: Page, hex: string) =>
    cellOf(page, 1)
      .locator('canvas')
      .first()
      .evaluate((canvas, colour) => {
        const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
        const context = (canvas as HTMLCanvasElement).getContext('2d')!;
        const { data } = context.getImageData(0, 0, (canvas as HTMLCanvasElement).width, (canvas as HTMLCanvasElement).height);
        let count = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) count++;
        return count;
      }, hex);

  test('follow a switch from light to dark, and are light on paper', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'light', viewport: LAPTOP });
    const page = await context.newPage();
    // The grid colour of each theme (--border in src/styles/global.css).
    const LIGHT_GRID = '#d0d7de';
    const DARK_GRID = '#30363d';
    await page.goto('/lessons/first-model/');
    await runCell(cellOf(page, 1));
    await expect.poll(() => pixelsOf(page, LIGHT_GRID)).toBeGreaterThan(100);
    expect(await pixelsOf(page, DARK_GRID)).toBe(0);

    await page.getByRole('button', { name: 'Dark mode' }).click();
    await expect.poll(() => pixelsOf(page, DARK_GRID)).toBeGreaterThan(100);
    expect(await pixelsOf(page, LIGHT_GRID)).toBe(0);

    // Paper is light whatever the screen's theme: the chart too, as soon as printing starts.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await pixelsOf(page, LIGHT_GRID)).toBeGreaterThan(100);
    expect(await pixelsOf(page, DARK_GRID)).toBe(0);
    expect(await page.getByRole('main').evaluate((main) => getComputedStyle(main).color)).toBe('rgb(27, 31, 36)');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await pixelsOf(page, DARK_GRID)).toBeGreaterThan(100);
    await context.close();
  });
});

test.describe('motion and paper', () => {
  test.use({ viewport: LAPTOP });

  test('there is no smooth scrolling or transition when the learner asks for reduced motion', async ({ page }) => {
    await page.goto('/lessons/first-model/');
    const motion = () =>
      page.evaluate(() => {
        const moving = [...document.querySelectorAll('*')].filter((node) => {
          const style = getComputedStyle(node);
          const seconds = (list: string) => Math.max(...list.split(',').map((part) => Number.parseFloat(part) || 0));
          return seconds(style.transitionDuration) > 0 || seconds(style.animationDuration) > 0;
        });
        return { scroll: getComputedStyle(document.documentElement).scrollBehavior, moving: moving.length };
      });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const full = await motion();
    expect(full.scroll).toBe('smooth');
    expect(full.moving).toBeGreaterThan(0);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await motion()).toEqual({ scroll: 'auto', moving: 0 });
  });

  test('a printed lesson has its theory open and its outputs, without controls', async ({ page }) => {
    await page.goto('/lessons/first-model/');
    const training = cellOf(page, 1);
    await runCell(training);
    const theory = page.locator('details.theory');
    expect(await theory.count()).toBeGreaterThan(0);

    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    for (const layer of await theory.all()) await expect(layer).toHaveAttribute('open', '');
    await expect(page.getByRole('button', { name: 'Run' }).first()).toBeHidden();
    await expect(page.getByRole('group', { name: 'Kernel' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.locator('button:visible')).toHaveCount(0);
    await expect(outputOf(training).getByRole('figure').first()).toBeVisible();
    await expect(training.locator('pre').first()).toBeVisible();

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    for (const layer of await theory.all()) await expect(layer).not.toHaveAttribute('open', '');
    await expect(page.getByRole('button', { name: 'Run' }).first()).toBeVisible();
  });
});
