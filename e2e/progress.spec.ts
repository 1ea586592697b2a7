import { expect, test } from '@playwright/test';
import { exercisePanel } from './helpers';

/** A learner who passed fit-a-line and used one hint on stable-softmax. */
const saved = {
  version: 2,
  cells: { 'first-model/train': { code: '// my edited cell', savedAt: 1_764_000_000_000 } },
  exercises: {
    'fit-a-line': {
      status: 'passed',
      attempts: 2,
      hintsUsed: 0,
      solutionViewed: false,
      passedAt: 1_764_000_000_000,
      firstAttemptAt: 1_763_999_000_000,
      lastAttemptAt: 1_764_000_000_000,
    },
    'stable-softmax': { status: 'attempted', attempts: 1, hintsUsed: 1, solutionViewed: false, lastAttemptAt: 1_764_000_000_000 },
  },
  updatedAt: 1_764_000_000_000,
};

test.describe('progress', () => {
  test('export progress, then import it into a fresh browser context and see it restored', async ({ page, browser }, testInfo) => {
    await page.goto('/progress/');
    // Import is enabled once the page's script has read the store, which it may save as it starts.
    await expect(page.getByRole('button', { name: 'Import progress' })).toBeEnabled();
    await page.evaluate((data) => localStorage.setItem('runfirst:progress', JSON.stringify(data)), saved);
    await page.reload();
    await expect(page.locator('[data-exercise-status="fit-a-line"]')).toContainText('Passed');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^runfirst-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath('progress.json');
    await download.saveAs(file);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto('/progress/');
    await expect(other.locator('[data-exercise-status="fit-a-line"]')).toContainText('Not started');
    await other.getByLabel('Progress file to import').setInputFiles(file);
    await other.getByRole('radio', { name: 'Replace my progress' }).check();
    await other.getByRole('button', { name: 'Import progress' }).click();
    await expect(other.getByRole('main').getByRole('status')).toHaveText(
      /^Progress replaced: you now have the file's 1 saved cell and 2 exercises\.$/,
    );
    await expect(other.locator('[data-exercise-status="fit-a-line"]')).toContainText('Passed');
    await expect(other.locator('[data-exercise-status="stable-softmax"]')).toContainText('Attempted · 1 hint used');
    await other.goto('/');
    const lesson = other.locator('.course-lesson', { has: other.getByRole('link', { name: /Your first model/ }) });
    await expect(lesson.getByText('1 of 3 exercises passed')).toBeVisible();
    await fresh.close();
  });

  test('a foreign or damaged file is refused with a clear error and changes nothing', async ({ page }, testInfo) => {
    await page.goto('/progress/');
    // Import is enabled once the page's script has read the store: the progress written next is
    // then what it finds on import, not what it would migrate and save while it starts.
    await expect(page.getByRole('button', { name: 'Import progress' })).toBeEnabled();
    await page.evaluate((data) => localStorage.setItem('runfirst:progress', JSON.stringify(data)), saved);
    const before = await page.evaluate(() => localStorage.getItem('runfirst:progress'));
    const foreign = testInfo.outputPath('package.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(foreign, JSON.stringify({ name: 'something-else', version: '1.0.0' }));
    await page.getByLabel('Progress file to import').setInputFiles(foreign);
    await page.getByRole('button', { name: 'Import progress' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'That file is not a runfirst progress file (it has no "runfirst-progress" marker). Nothing was changed. Choose a file you saved with Export progress.',
    );
    const damaged = testInfo.outputPath('damaged.json');
    writeFileSync(damaged, JSON.stringify({ format: 'runfirst-progress', progress: { ...saved, exercises: { x: { status: 'won' } } } }));
    await page.getByLabel('Progress file to import').setInputFiles(damaged);
    await page.getByRole('button', { name: 'Import progress' }).click();
    await expect(page.getByRole('alert')).toContainText('That progress file is damaged: progress.exercises.x.status:');
    expect(await page.evaluate(() => localStorage.getItem('runfirst:progress'))).toBe(before);
  });

  test('corrupt stored progress: the page works, says what happened, and keeps the data aside', async ({ page }) => {
    await page.goto('/exercises/fit-a-line/');
    // The panel's code is described by how to edit it once its script has read the store, which
    // it may save as it starts: the damaged progress written next is what the reload finds.
    await expect(page.getByRole('textbox', { name: /^Your code for / })).toHaveAccessibleDescription(/\S/);
    await page.evaluate(() => localStorage.setItem('runfirst:progress', '{"version": 2, "cells": {'));
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('runfirst:progress:kept-aside:');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('runfirst:progress:kept-aside:'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(kept).toEqual(['{"version": 2, "cells": {']);
    // The page works: hints reveal and are saved afresh.
    const exercise = exercisePanel(page, 'Fit a line by hand with gradient descent');
    await exercise.getByRole('button', { name: 'Hint' }).click();
    await expect(exercise.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(1);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
  });
});
