/**
 * The Chinese site under /zh-cn/: every page kind passes axe and shows no English UI string,
 * the pages are driven by their Chinese accessible names, the language switch keeps the learner
 * on the same page, and code and progress are the same learner's in both languages.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { paste, startEditing } from './helpers';

/** One page of every kind, in Chinese. */
const PAGES = [
  { name: 'the course map', path: '/zh-cn/' },
  { name: 'a translated lesson', path: '/zh-cn/lessons/first-model/' },
  { name: 'a lesson not translated yet', path: '/zh-cn/lessons/rerun/' },
  { name: 'the exercise index', path: '/zh-cn/exercises/' },
  { name: 'a translated exercise', path: '/zh-cn/exercises/fit-a-line/' },
  { name: 'an exercise not translated yet', path: '/zh-cn/exercises/seed-spread/' },
  { name: 'the authoring guide', path: '/zh-cn/guide/' },
  { name: 'the progress page', path: '/zh-cn/progress/' },
  { name: 'the group progress page', path: '/zh-cn/group/' },
  { name: 'the Open a lesson page', path: '/zh-cn/open/' },
  { name: 'the scratchpad', path: '/zh-cn/scratch/' },
  { name: 'the search page', path: '/zh-cn/search/' },
  { name: 'the speed check', path: '/zh-cn/speed/' },
  { name: 'the page-not-found page', path: '/zh-cn/404/' },
];

/**
 * Latin-letter words a Chinese page may show outside code: names of products, formats, units and
 * backends, the site's name, keys, and the terms a Chinese deep-learning course writes in Latin
 * letters (softmax, Adam, MLP). A word with a dot inside is a code name or a file (tf.tidy,
 * TensorFlow.js, raw.githubusercontent.com). Everything else in Latin letters is English UI.
 */
const ALLOWED_WORDS = new Set(
  [
    'runfirst',
    'JavaScript',
    'WebAssembly',
    'WASM',
    'WebGL',
    'WebGPU',
    'CPU',
    'SIMD',
    'GFLOP/s',
    'JSON',
    'CSV',
    'URL',
    'https',
    'Markdown',
    'md',
    'Ctrl+Enter',
    'worker',
    'B',
    'KB',
    'MB',
    'GB',
    'ms',
    'softmax',
    'Adam',
    'MLP',
    'CNN',
    'kNN',
    'MNIST',
    // How tfjs prints a tensor (tensor.print()) in a cell's Output.
    'Tensor',
  ].map((word) => word.toLowerCase()),
);
const isCodeName = (word: string) => /\w\.\w/.test(word);

/**
 * What a Chinese page shows a reader as UI, in Latin letters, that is not allowed: text and
 * accessible names (aria-label, placeholder, title, alt, an input's value) outside code
 * (pre, code, kbd, KaTeX), outside content that says it is English (`lang="en"`: a lesson or
 * prompt not translated yet, its title wherever it is listed, the switch's "English") and
 * outside the body of a lesson or prompt, which is content the translation check covers. A
 * lesson's cells are UI and walked. English content quoted inside an accessible name (an
 * untranslated exercise's title in 你的代码：…) is taken out before the check.
 */
async function englishUiIn(page: Page): Promise<string[]> {
  const strings = await page.evaluate(() => {
    const SKIP = 'pre, code, kbd, samp, textarea, .katex, script, style, noscript, [lang="en"], [hidden]';
    const CONTENT = '.lesson-body, .exercise-prompt';
    const KEEP_IN_CONTENT = '.cell-toolbar, .cell-output';
    const inEnglish = [...document.querySelectorAll('[lang="en"]')].map((el) => (el.textContent ?? '').trim()).filter(Boolean);
    const skipped = (el: Element | null): boolean => {
      if (!el) return false;
      if (el.closest(SKIP)) return true;
      return el.closest(CONTENT) !== null && el.closest(KEEP_IN_CONTENT) === null;
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!skipped(node.parentElement) && node.textContent?.trim()) found.push(node.textContent.trim());
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('[lang="en"], pre, code, textarea, .katex')) continue;
      if (el.closest(CONTENT) && !el.closest(`${KEEP_IN_CONTENT}, .cell`)) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(name);
        if (value) found.push(value);
      }
      if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button') && el.value) found.push(el.value);
    }
    // Take out the English content a string quotes (longest first, so a title inside a longer one goes whole).
    const quoted = [...new Set(inEnglish)].sort((a, b) => b.length - a.length);
    return found.map((text) => quoted.reduce((rest, english) => rest.split(english).join(' '), text));
  });
  const english: string[] = [];
  for (const text of strings) {
    // Words in Latin letters, with the dots, slashes and pluses of a product or key name.
    const words = text.match(/[A-Za-z][A-Za-z0-9.+/-]*[A-Za-z0-9]|[A-Za-z]{2,}/g) ?? [];
    const bad = words.filter((word) => !isCodeName(word) && !ALLOWED_WORDS.has(word.toLowerCase().replace(/[.]+$/, '')));
    if (bad.length > 0) english.push(`${bad.join(' ')}  ← “${text.slice(0, 120)}”`);
  }
  return [...new Set(english)];
}

test.describe('the Chinese site', () => {
  for (const { name, path } of PAGES) {
    test(`${name} (${path}) is Chinese, passes axe and has no English UI string`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      expect(await englishUiIn(page)).toEqual([]);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
      expect(serious).toEqual([]);
    });
  }

  test('the phone menu is Chinese too and passes axe when open', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/zh-cn/lessons/first-model/');
    const menu = page.getByRole('banner').getByRole('button', { name: '菜单' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('link', { name: '我的进度' })).toBeVisible();
    expect(await englishUiIn(page)).toEqual([]);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await context.close();
  });

  test('a lesson not translated yet says so in Chinese, and shows the English lesson marked as English', async ({ page }) => {
    await page.goto('/zh-cn/lessons/rerun/');
    await expect(page.getByRole('note').first()).toHaveText('本课尚未翻译成中文，下面显示的是英文原文。');
    await expect(page.locator('.lesson-body')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
    // Its cells are named in Chinese all the same.
    const cell = page.getByRole('region', { name: '代码单元格 1' });
    await expect(cell.getByRole('button', { name: '运行' })).toBeVisible();
    await expect(cell.getByRole('log', { name: '输出' })).toBeAttached();
    await page.goto('/zh-cn/lessons/first-model/');
    await expect(page.getByRole('note')).toHaveCount(0);
  });

  test('the language switch keeps the learner on the same lesson, both ways', async ({ page }) => {
    await page.goto('/lessons/bake-off/');
    const toChinese = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' });
    await expect(toChinese).toHaveAttribute('hreflang', 'zh-CN');
    await expect(toChinese).toHaveAttribute('lang', 'zh-CN');
    await toChinese.click();
    await expect(page).toHaveURL(/\/zh-cn\/lessons\/bake-off\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('把每种算法都跑一遍');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/lessons\/bake-off\/$/);
    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/lessons\/bake-off\/$/);
    await expect(page).not.toHaveURL(/zh-cn/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Run every algorithm');
  });

  test('a cell runs by 运行 and reports in Chinese', async ({ page }) => {
    await page.goto('/zh-cn/scratch/');
    const cell = page.getByRole('region', { name: '代码单元格 1' });
    await cell.getByRole('button', { name: '运行' }).click();
    const status = cell.getByRole('status');
    await expect(status).toHaveText(/完成$/, { timeout: 45_000 });
    await expect(cell.getByRole('log', { name: '输出' })).toContainText('[1, 4, 9]');
    const kernel = page.getByRole('group', { name: '内核' });
    await expect(kernel.getByRole('status')).toHaveText(/[\u4e00-\u9fff]/);
    await expect(kernel.getByRole('button', { name: '重启' })).toBeEnabled();
    await expect(kernel.getByRole('combobox', { name: '后端' })).toBeEnabled();
    // The kernel's own texts after a run: what is translated already is Chinese.
    expect(await englishUiIn(page)).toEqual([]);
  });

  test('an exercise is checked by 检查 with Chinese results, and the pass shows on the English progress page', async ({ page }) => {
    // Two Checks in a fresh grading worker each, on a machine shared with other runs.
    test.setTimeout(150_000);
    await page.goto('/zh-cn/exercises/fit-a-line/');
    // Its name gains 已通过 once passed, so it is matched by its start.
    const panel = page.getByRole('region', { name: /^练习：用梯度下降亲手拟合一条直线/ });
    await panel.getByRole('button', { name: '提示' }).click();
    await expect(panel.getByRole('list', { name: '已显示的提示' }).getByRole('listitem')).toHaveCount(1);
    // The starter fails some tests; the solution passes them all.
    await panel.getByRole('button', { name: '检查' }).click();
    await expect(panel.getByRole('status')).toHaveText(/^9 个测试中通过了 [0-8] 个$/, { timeout: 60_000 });
    const code = panel.getByRole('textbox', { name: /^你的代码：/ });
    await startEditing(page, code);
    await expect(panel.locator('.exercise-monaco .view-lines')).toBeVisible({ timeout: 30_000 });
    await page.keyboard.press('ControlOrMeta+A');
    await paste(page, readFileSync(new URL('../exercises/fit-a-line/solution.js', import.meta.url), 'utf8'));
    await expect(panel.locator('.exercise-monaco .view-lines')).toContainText('fitLine');
    await panel.getByRole('button', { name: '检查' }).click();
    const status = panel.getByRole('status');
    await expect(status).toHaveText(/个测试中通过了/, { timeout: 90_000 });
    const results = panel.getByRole('list', { name: '测试结果' });
    // On a failure, the message is the tests' own verdicts, in Chinese.
    expect(await status.textContent(), await results.innerText()).toBe('9 个测试中通过了 9 个');
    await expect(results.getByRole('listitem')).toHaveCount(9);
    await expect(panel.getByRole('button', { name: '查看答案' })).toBeEnabled();
    // The same learner in English: the exercise is passed there too.
    await page.goto('/progress/');
    await expect(page.locator('[data-exercise-status="fit-a-line"] .status-label')).toHaveText('Passed');
  });

  test('code saved in English is the code in Chinese', async ({ page }) => {
    await page.goto('/scratch/');
    const cell = page.getByRole('region', { name: 'Code cell 3' });
    await startEditing(page, cell.getByRole('textbox', { name: /^Code of cell 3$/ }));
    await paste(page, 'console.log("same learner");');
    await expect(cell.locator('.view-lines')).toContainText('same learner');
    // Autosave keeps the edit in this browser; the Chinese scratchpad shows it in the same cell.
    await expect.poll(() => page.evaluate(() => JSON.stringify(localStorage)), { timeout: 10_000 }).toContain('same learner');
    await page.goto('/zh-cn/scratch/');
    await expect(page.getByRole('region', { name: '代码单元格 3' })).toContainText('console.log("same learner");');
  });

  test('the Chinese search finds Chinese pages only, the English search English ones', async ({ page }) => {
    await page.goto('/zh-cn/search/');
    await page.getByRole('searchbox', { name: '搜索课程内容' }).fill('交叉熵');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    const results = page.getByRole('list', { name: '搜索结果' });
    await expect(results.getByRole('link', { name: /一键训练你的第一个模型/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '条结果' })).toContainText('“交叉熵”共有');
    for (const href of await results.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).toContain('/zh-cn/');
    }
    await page.goto('/search/?q=entropy');
    const english = page.getByRole('list', { name: 'Search results' });
    await expect(english.getByRole('link', { name: /Your first model/ })).toBeVisible();
    for (const href of await english.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).not.toContain('/zh-cn/');
    }
  });
});
