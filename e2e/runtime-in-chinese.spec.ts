import { expect, test, type Locator, type Page } from '@playwright/test';
import { paste, startEditing } from './helpers';

/**
 * The kernel of a Chinese page speaks Chinese, in Chromium: the page tells its kernel worker the
 * locale (a worker has no document), so what the worker writes — an error's explanation, a
 * show.* mistake, the memory note — reads in Chinese, and so do the statuses the page writes.
 * Driven by the zh-CN accessible names (代码单元格 N, 运行, 输出, 内核).
 */
const cellOf = (page: Page, index: number) => page.getByRole('region', { name: `代码单元格 ${index}` });
const statusOf = (cell: Locator) => cell.getByRole('status');
const outputOf = (cell: Locator) => cell.getByRole('log', { name: '输出' });
const codeOf = (cell: Locator) => cell.getByRole('textbox', { name: /^单元格 \d+ 的代码$/ });

async function runCode(page: Page, cell: Locator, code: string): Promise<void> {
  await startEditing(page, codeOf(cell));
  await page.keyboard.press('ControlOrMeta+A');
  await paste(page, code);
  await expect(cell.locator('.view-lines')).toContainText(code.slice(0, 20));
  await cell.getByRole('button', { name: '运行', exact: true }).click();
  await expect(statusOf(cell)).toHaveText(/(完成|出错|已停止)$/, { timeout: 45_000 });
}

test.describe('the kernel on a zh-cn page', () => {
  test('explains errors and show.* mistakes in Chinese, and says when a run is done', async ({ page }) => {
    await page.goto('/zh-cn/scratch/');
    const first = cellOf(page, 1);
    const second = cellOf(page, 2);

    await runCode(page, first, 'throw undefined;');
    await expect(statusOf(first)).toHaveText('运行失败 — 出错');
    await expect(outputOf(first)).toContainText('单元格抛出了 undefined，它不是 Error');
    await expect(page.getByRole('group', { name: '内核' }).getByRole('status')).toHaveText(
      /^内核已就绪，运行在 (WebGPU|WebGL|WASM|CPU) 上/,
    );

    await runCode(page, second, 'show.scatter(tf.zeros([5, 3]));');
    await expect(outputOf(second)).toContainText('但收到的是形状为 [5, 3] 的张量');

    const third = cellOf(page, 3);
    await runCode(page, third, 'const kept = tf.ones([4]);\nconsole.log("ok");');
    await expect(statusOf(third)).toHaveText(/^运行用时 \d+(\.\d)? (毫秒|秒) — 完成$/);
    await expect(outputOf(third)).toContainText('本次运行后的内存：已分配');
    await expect(outputOf(third)).not.toContainText('Memory after this run');
  });
});
