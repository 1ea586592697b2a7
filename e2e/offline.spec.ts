import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { cellsIn, exercisePanel, outputOf, runCell, setCode, setExerciseCode } from './helpers';

/**
 * The course after one visit, with the network off: the service worker (src/offline/sw.ts) has
 * precached every page, so a lesson never opened before opens, runs and checks; search and
 * progress work. And a new build is offered, not forced, and keeps the learner's code.
 */
test.use({ serviceWorkers: 'allow' });

const solution = readFileSync(new URL('../exercises/fit-a-line/solution.js', import.meta.url), 'utf8');
const offlineStatus = (page: Page) => page.getByRole('contentinfo').getByRole('status');

/** Visits the home page once and waits until the course is saved for offline use. */
async function visitOnce(page: Page) {
  await page.goto('/');
  await expect(offlineStatus(page)).toHaveText(/^Available offline \([\d.]+ MB, [\d,]+ files\)$/, { timeout: 180_000 });
}

test('after one visit, with the network off, a lesson never opened runs, an exercise checks, search finds and progress saves', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  await visitOnce(page);
  await context.setOffline(true);

  await page.goto('/lessons/first-model/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const first = cellsIn(page).first();
  await runCell(first, { timeout: 90_000 });
  await expect(outputOf(first)).not.toBeEmpty();

  await page.goto('/exercises/fit-a-line/');
  const panel = exercisePanel(page, 'Fit a line by hand with gradient descent');
  await setExerciseCode(page, panel, solution);
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^(\d+) of \1 tests passed$/, { timeout: 60_000 });

  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Search lessons' }).fill('entropy');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: /Your first model/ })).toBeVisible();

  await page.goto('/');
  const lesson = page.locator('.course-lesson', { has: page.getByRole('link', { name: /Your first model/ }) });
  await expect(lesson.getByText(/^1 of \d+ exercises passed$/)).toBeVisible();
});

test('a new build is announced, taken only when the learner chooses, and the learner’s code survives it', async ({ page }) => {
  test.setTimeout(300_000);
  await visitOnce(page);
  await page.goto('/lessons/first-model/');
  const first = cellsIn(page).first();
  await setCode(page, first, 'console.log("kept across the update");');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('runfirst:progress') ?? '')).toContain('kept across the update');
  const banner = page.getByRole('region', { name: 'Update' });

  // The next build, deployed: the served service worker now lists one file with a new revision
  // (changed in place, same length, as the preview server sized its files when it started).
  const built = join(process.env['RUNFIRST_OUT_DIR'] ?? 'dist', 'sw.js');
  const deployed = readFileSync(built, 'utf8');
  const next = deployed.replace(/"revision":"([0-9a-f])/, (_, digit: string) => `"revision":"${digit === '0' ? '1' : '0'}`);
  expect(next).not.toBe(deployed);
  writeFileSync(built, next);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(banner).toContainText('A new version of this course is ready. Your code and progress are kept.', { timeout: 120_000 });
    // Nothing reloads by itself: the learner's page stays as it is until they choose.
    await expect(first.locator('.view-lines')).toContainText('kept across the update');

    await banner.getByRole('button', { name: 'Reload to update' }).click();
    await page.waitForEvent('load');
    await expect(page.getByRole('region', { name: 'Update' })).toBeHidden();
    await expect(cellsIn(page).first().locator('pre')).toContainText('console.log("kept across the update");');
    await expect(offlineStatus(page)).toHaveText(/^Available offline/, { timeout: 60_000 });
  } finally {
    // Put the build back as it was (after the checks: restoring it is itself a new deploy).
    writeFileSync(built, deployed);
  }
});

test('a download that fails part-way leaves no offline copy and the site working online', async ({ page, context }) => {
  test.setTimeout(300_000);
  // One file of the course cannot be fetched by the service worker while it saves the course.
  await context.route(/\/data\/digits\.json$/, (route) => route.abort('failed'));
  await page.goto('/');
  await expect(offlineStatus(page)).toHaveText(
    'The offline copy could not be saved (a file of the course could not be downloaded); the site works online as before and tries again on your next visit.',
    { timeout: 180_000 },
  );
  await context.unroute(/\/data\/digits\.json$/);
  await page
    .getByRole('navigation', { name: 'Lessons' })
    .getByRole('link', { name: /Your first model/ })
    .click();
  await runCell(cellsIn(page).first(), { timeout: 90_000 });
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(false);
});
