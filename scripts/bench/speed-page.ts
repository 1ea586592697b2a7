/**
 * Drives the learner-facing speed page (/speed/): presses one of its buttons, waits until every
 * backend is measured, and reads the raw numbers from the table's data-value attributes.
 */
import type { Page } from '@playwright/test';
import type { BenchContext } from './context.ts';
import { newBenchContext } from './browser-context.ts';
import { NotMeasuredError } from './figure.ts';

/** One row of a speed table: backend, its note (threads, renderer), and value by column. */
export interface SpeedRow {
  readonly backend: string;
  readonly note: string;
  /** Numeric value by column, or the cell's text (e.g. "not available in this browser"). */
  readonly cells: Readonly<Record<string, number | string>>;
  /** The whole-run time of a training row (data-total-ms), when measured. */
  readonly totalMs?: number;
}

/** Opens /speed/ in a fresh context, presses `button`, and returns the filled table. */
export async function runSpeedPage(context: BenchContext, button: string, table: 'matmul' | 'training', timeoutMs: number): Promise<SpeedRow[]> {
  const browserContext = await newBenchContext(context.browser);
  try {
    const page = await browserContext.newPage();
    const response = await page.goto(`${context.baseUrl}/speed/`);
    if (response?.status() === 404) throw new NotMeasuredError('the speed page (/speed/) is not in this build');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.getByRole('button', { name: button }).click();
    const status = page.locator('[data-speed-status]');
    await status.and(page.locator('[data-state="finished"]')).waitFor({ timeout: timeoutMs });
    if (errors.length > 0) throw new Error(`the speed page threw: ${errors.join('; ')}`);
    return await readTable(page, table);
  } finally {
    await browserContext.close();
  }
}

function readTable(page: Page, table: string): Promise<SpeedRow[]> {
  return page.locator(`[data-speed-table="${table}"] tbody tr`).evaluateAll((rows) =>
    rows.map((row) => {
      const cells: Record<string, number | string> = {};
      for (const cell of row.querySelectorAll<HTMLElement>('td[data-column]')) {
        const raw = cell.dataset['value'];
        cells[cell.dataset['column'] ?? '?'] = raw === undefined ? (cell.textContent ?? '').trim() : Number(raw);
      }
      const totalMs = (row as HTMLElement).dataset['totalMs'];
      return {
        ...(totalMs === undefined ? {} : { totalMs: Number(totalMs) }),
        backend: (row as HTMLElement).dataset['backend'] ?? '?',
        note: (row.querySelector('[data-note]')?.textContent ?? '').replace(/[()]/g, '').trim(),
        cells,
      };
    }),
  );
}
