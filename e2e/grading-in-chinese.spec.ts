import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { paste, startEditing } from './helpers';

/**
 * A Check on a Chinese exercise page reports in Chinese, in Chromium: the page tells its grading
 * worker the locale (a worker has no document), the worker grades in it and tells the learner
 * realm it opens, so a failed expect.* (written by the grading worker) and a learner tool's error
 * (thrown in the learner realm) both read in Chinese, also the texts a realm downloads on demand
 * (the experiment log's: `useLocale`).
 */
const solution = readFileSync(new URL('../exercises/fit-a-line/solution.js', import.meta.url), 'utf8');

// The panel's own labels are the exercise area's (src/i18n/catalog/<locale>/exercise.ts), in
// either language here: what this spec is about is the language of the grader's messages.
const panel = (page: Page) => page.getByRole('region', { name: /^(练习：|Exercise: )/ });
const codeOf = (exercise: Locator) => exercise.getByRole('textbox', { name: /^(你的代码：|Your code for )/ });

async function check(page: Page, code: string): Promise<Locator> {
  await page.goto('/zh-cn/exercises/fit-a-line/');
  const exercise = panel(page);
  await startEditing(page, codeOf(exercise));
  await expect(exercise.locator('.exercise-monaco .view-lines')).toBeVisible({ timeout: 30_000 });
  await expect(codeOf(exercise)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await paste(page, code);
  await page.keyboard.press('ControlOrMeta+Home');
  await expect(exercise.locator('.exercise-monaco .view-lines')).toContainText(code.split('\n')[0]!.trim().slice(0, 20));
  await exercise.getByRole('button', { name: /^(检查|Check)$/ }).click();
  await expect(exercise.getByRole('status')).toHaveText(/^(9 个测试中通过了 [0-8] 个|[0-8] of 9 tests passed)$/, { timeout: 40_000 });
  return exercise.getByRole('list', { name: /^(测试结果|Test results)$/ });
}

test.describe('grading on a zh-cn page', () => {
  test('a wrong answer fails with the grader’s message in Chinese', async ({ page }) => {
    // Steps along the gradient instead of against it.
    const results = await check(page, solution.replace('w -= learningRate * gradW;', 'w += learningRate * gradW;'));
    await expect(
      results.getByText(/^Your \[w, b\] ?在索引 \[0\] 处(不够接近：期望值为 3，实际得到|为 (NaN|-?Infinity)。)/).first(),
    ).toBeVisible();
    await expect(results.getByText(/is not close enough|holds/)).toHaveCount(0);
  });

  test('a learner tool’s error, thrown in the learner realm, reads in Chinese', async ({ page }) => {
    const results = await check(page, `const d = await data.load('nope');\n${solution}`);
    await expect(results.getByText(/你的代码在第 1 行抛出了 DataError：data\.load：没有名为 'nope' 的数据集。/).first()).toBeVisible();
  });

  test('the experiment log’s texts, loaded on demand in the learner realm, read in Chinese', async ({ page }) => {
    const results = await check(page, `await log.record(5);\n${solution}`);
    await expect(
      results.getByText(/你的代码在第 1 行抛出了 LogError：log\.record: （整个值）：应为对象，收到的是数字。/).first(),
    ).toBeVisible();
  });
});
