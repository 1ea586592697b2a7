import { expect, test } from '@playwright/test';

test.describe('the site', () => {
  test('the course map lists the lessons in course order', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const map = page.locator('.course-map > li > a');
    const titles = await map.allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    const numbers = titles.map((t) => Number.parseInt(t, 10));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const nav = page.getByRole('navigation', { name: 'Lessons' });
    await expect(nav.getByRole('link').first()).toHaveText(/Your first model/);
  });

  test('a lesson renders KaTeX HTML and its theory layer opens by keyboard', async ({ page }) => {
    await page.goto('/lessons/first-model/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your first model, in one click');
    await expect(page.locator('.katex').first()).toBeVisible();
    const summary = page.locator('details.theory > summary').first();
    const details = page.locator('details.theory').first();
    await expect(details).not.toHaveAttribute('open', '');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('open', '');
  });
});

test.describe('search', () => {
  test('finds a lesson by a word in its body', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: 'Search lessons' }).fill('entropy');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link', { name: /Your first model/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /result/ })).toContainText('for “entropy”');
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/search/?q=qxjzvw');
    await expect(page.getByText('No lessons match “qxjzvw”.')).toBeVisible();
  });
});

test.describe('site chrome', () => {
  test('unknown addresses get the 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the course map' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deep learning, run first');
  });

  test('dark mode follows the system and can be toggled, and the choice is kept', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await context.close();
  });

  test('a lesson links to the previous and next lessons', async ({ page }) => {
    await page.goto('/');
    const lessonLinks = page.getByRole('navigation', { name: 'Lessons' }).getByRole('link');
    test.skip((await lessonLinks.count()) < 2, 'needs two lessons');
    await lessonLinks.nth(1).click();
    await expect(page.getByRole('link', { name: /Previous:/ })).toBeVisible();
    await page.getByRole('link', { name: /Previous:/ }).click();
    await expect(page.getByRole('link', { name: /Next:/ })).toBeVisible();
  });
});
