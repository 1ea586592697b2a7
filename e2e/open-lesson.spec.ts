import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkContent } from '../src/authoring/check-content';
import { cellOf, outputOf, runCell } from './helpers';

/** The Open a lesson page (issue 14 §3): a lesson file from outside the course, checked and run in the browser. */

const validLesson = [
  '---',
  'title: A lesson from our group',
  'section: Study group',
  'order: 1',
  'summary: A lesson written outside this site, opened from its file.',
  'objectives:',
  '  - Run a cell from a file',
  'topics: [linear-algebra]',
  '---',
  '',
  '```js run',
  'const v = tf.tensor([3, 4]);',
  "console.log('norm', v.norm().dataSync()[0]);",
  '```',
  '',
  'The second cell sees `v`, and the math is $\\|v\\| = \\sqrt{3^2 + 4^2}$.',
  '',
  '```js run',
  "console.log('doubled', v.mul(2).arraySync().join(' '));",
  '```',
  '',
  ':::theory{topic="linear-algebra" title="The length of a vector"}',
  '$$\\|v\\|_2 = \\sqrt{\\sum_i v_i^2}$$',
  ':::',
].join('\n');

const hostileLesson = [
  '---',
  'title: A hostile lesson',
  'section: Study group',
  'order: 1',
  'summary: A lesson that tries to run script on the page that opens it.',
  'objectives:',
  '  - Stay safe',
  '---',
  '',
  '```js run',
  "console.log('cell ran');",
  '```',
  '',
  '<script>window.__pwned = "block"</script>',
  '',
  'Inline <img src="x" onerror="window.__pwned = \'img\'"> and [click](javascript:window.__pwned=1).',
].join('\n');

const brokenDir = join(import.meta.dirname, '..', 'test', 'fixtures', 'content', 'broken');

async function chooseFile(page: Page, name: string, source: string) {
  const input = page.getByLabel('Lesson file (.md)');
  // The page enables its file input once its script listens for a chosen file.
  await expect(input).toBeEnabled();
  await input.setInputFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(source) });
}

test.describe('Open a lesson', () => {
  test('is linked from the site navigation', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Open a lesson' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a lesson');
  });

  test('the markdown and KaTeX pipeline loads only on this page, once a lesson is opened', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const pipeline = () => scripts.filter((url) => url.includes('/render-lesson.'));
    await page.goto('/lessons/first-model/');
    await expect(cellOf(page, 1)).toBeVisible();
    await page.goto('/open/');
    await expect(page.getByLabel('Lesson file (.md)')).toBeEnabled();
    expect(pipeline()).toEqual([]);
    await chooseFile(page, 'our-lesson.md', validLesson);
    await expect(page.getByRole('note')).toBeVisible();
    expect(pipeline()).toHaveLength(1);
  });

  test('a chosen lesson file shows the banner, renders math and theory, and its cells run in one kernel', async ({ page }) => {
    await page.goto('/open/');
    await chooseFile(page, 'our-lesson.md', validLesson);
    await expect(page.getByRole('note')).toContainText("This lesson is not part of this site's course");
    await expect(page.getByRole('note')).toContainText('our-lesson.md');
    await expect(page.getByRole('heading', { name: 'A lesson from our group' })).toBeVisible();
    await expect(page.locator('[data-open-body] .katex').first()).toBeVisible();
    const theory = page.getByText('The length of a vector');
    await expect(theory).toBeVisible();

    const first = cellOf(page, 1);
    await runCell(first);
    await expect(outputOf(first)).toContainText('norm 5');
    const second = cellOf(page, 2);
    await runCell(second);
    await expect(outputOf(second)).toContainText('doubled 6 8');
  });

  test('the page, with a lesson open and with problems listed, has no serious or critical axe violations', async ({ page }) => {
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await page.goto('/open/');
    await chooseFile(page, 'our-lesson.md', validLesson);
    await expect(page.getByRole('note')).toBeVisible();
    expect(await serious()).toEqual([]);
    await page.goto('/open/');
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await chooseFile(page, 'katex-error.md', readFileSync(join(brokenDir, 'lessons', 'katex-error.md'), 'utf8'));
    await expect(page.getByRole('list', { name: 'Problems in this lesson' })).toBeVisible();
    expect(await serious()).toEqual([]);
  });

  test('a file with an error shows the message npm run check gives for it, and no lesson', async ({ page }) => {
    const name = 'katex-error.md';
    const { errors } = await checkContent({
      root: brokenDir,
      lessonsDir: join(brokenDir, 'lessons'),
      exercisesDir: join(brokenDir, 'exercises'),
    });
    const expected = errors.filter((e) => e.file === `lessons/${name}`);
    expect(expected).toHaveLength(1);
    await page.goto('/open/');
    await chooseFile(page, name, readFileSync(join(brokenDir, 'lessons', name), 'utf8'));
    const problems = page.getByRole('list', { name: 'Problems in this lesson' });
    // npm run check prints `lessons/katex-error.md:13: …`; the opened file is named as chosen.
    await expect(problems.getByRole('listitem')).toHaveText([`${name}:${expected[0]!.line}: ${expected[0]!.reason}`]);
    await expect(page.getByRole('status').filter({ hasText: 'katex-error.md has a problem' })).toBeVisible();
    await expect(page.getByRole('note')).toBeHidden();
  });

  test('a hostile file renders no script, no event handler and no javascript: link', async ({ page }) => {
    await page.goto('/open/');
    await chooseFile(page, 'hostile.md', hostileLesson);
    await expect(page.getByRole('note')).toBeVisible();
    const body = page.locator('[data-open-body]');
    await expect(body.getByText('<script>window.__pwned = "block"</script>')).toBeVisible();
    await expect(body.locator('script, img[onerror], iframe')).toHaveCount(0);
    await expect(body.getByText('click')).not.toHaveAttribute('href', /.*/);
    await runCell(cellOf(page, 1));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  test('a file dropped on the page opens, and opening another replaces it', async ({ page }) => {
    await page.goto('/open/');
    const drop = await page.evaluateHandle((source) => {
      const data = new DataTransfer();
      data.items.add(new File([source], 'dropped.md', { type: 'text/markdown' }));
      return data;
    }, validLesson);
    await page.dispatchEvent('[data-drop-zone]', 'drop', { dataTransfer: drop });
    await expect(page.getByRole('note')).toContainText('dropped.md');
    await runCell(cellOf(page, 1));
    await chooseFile(page, 'hostile.md', hostileLesson);
    await expect(page.getByRole('heading', { name: 'A hostile lesson' })).toBeVisible();
    await expect(page.getByRole('note')).toContainText('hostile.md');
    await expect(cellOf(page, 2)).toHaveCount(0);
  });

  test('a URL that cannot be fetched gets a clear message', async ({ page }) => {
    await page.goto('/open/');
    await page.route('https://lessons.invalid/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.getByLabel('Lesson URL').fill('https://lessons.invalid/group/lessons/missing.md');
    await page.getByRole('button', { name: 'Open URL' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Could not fetch' })).toContainText(
      'Could not fetch https://lessons.invalid/group/lessons/missing.md: the server answered 404',
    );
  });

  test('a lesson fetched from a URL opens like a file', async ({ page }) => {
    await page.goto('/open/');
    await page.route('https://lessons.invalid/**', (route) =>
      route.fulfill({ status: 200, body: validLesson, headers: { 'content-type': 'text/plain', 'access-control-allow-origin': '*' } }),
    );
    await page.getByLabel('Lesson URL').fill('https://lessons.invalid/group/lessons/our-lesson.md');
    const openUrl = page.getByRole('button', { name: 'Open URL' });
    // Enabled once the page's script listens; a key press, unlike a click, does not wait for that.
    await expect(openUrl).toBeEnabled();
    await openUrl.press('Enter');
    await expect(page.getByRole('note')).toContainText('https://lessons.invalid/group/lessons/our-lesson.md');
    await expect(cellOf(page, 2)).toBeVisible();
  });
});
