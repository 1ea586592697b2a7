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
