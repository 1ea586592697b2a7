/**
 * Drives the learner-facing speed page (/speed/): chooses the backends, presses one of its
 * buttons, waits until every chosen backend is measured, and reads the raw numbers from the
 * table's data-value attributes.
 */
import type { Page } from '@playwright/test';
import type { BenchContext } from './context.ts';
import { newBenchContext } from './browser-context.ts';
import { NotMeasuredError } from './figure.ts';

/** One row of a speed table: its key, backend, note (threads, renderer), and value by column. */
export interface SpeedRow {
  /** The row's data-row: the backend, or e.g. wasm-one-thread. */
  readonly row: string;
  readonly backend: string;
  readonly note: string;
  /** The configuration a lesson kernel on this backend starts with (data-kernel-default; one row per backend). */
  readonly kernelDefault: boolean;
  /** Numeric value by column, or the cell's text (e.g. "not available in this browser"). */
  readonly cells: Readonly<Record<string, number | string>>;
  /** The whole-run time of a training row (data-total-ms), when measured. */
  readonly totalMs?: number;
}

/** Which measurement: the button to press and the table it fills. */
export type SpeedMeasurement =
  | { readonly button: 'Measure matrix multiply'; readonly table: 'matmul' }
  | { readonly button: 'Measure training'; readonly table: 'training' };

export const MATMUL: SpeedMeasurement = { button: 'Measure matrix multiply', table: 'matmul' };
export const TRAINING: SpeedMeasurement = { button: 'Measure training', table: 'training' };

/** An open speed page in its own browser context. */
export interface SpeedPage {
  /** Measures `backend` ("all" by default) and returns the table rows. */
  measure(what: SpeedMeasurement, backend?: string): Promise<SpeedRow[]>;
  /** The WASM binaries the page's workers fetched so far (file names, e.g. tfjs-backend-wasm-threaded-simd-….wasm). */
  wasmBinaries(): string[];
  close(): Promise<void>;
}

/** How to open the page. */
export interface SpeedPageSetup {
  /**
   * False: serve the site without its COOP/COEP headers, so the page is not cross-origin isolated
   * (no SharedArrayBuffer: tfjs loads its single-threaded SIMD binary), as on a host that does not
   * send them. True (default): as built.
   */
  readonly isolated?: boolean;
}

const ISOLATION_HEADERS = ['cross-origin-opener-policy', 'cross-origin-embedder-policy'];

/** Opens /speed/ in a fresh context; NotMeasured when the build has no speed page. */
export async function openSpeedPage(context: BenchContext, { isolated = true }: SpeedPageSetup = {}): Promise<SpeedPage> {
  const browserContext = await newBenchContext(context.browser);
  if (!isolated) {
    await browserContext.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = Object.fromEntries(
        Object.entries(response.headers()).filter(([name]) => !ISOLATION_HEADERS.includes(name.toLowerCase())),
      );
      await route.fulfill({ response, headers });
    });
  }
  const page = await browserContext.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const binaries = new Set<string>();
  browserContext.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (file.endsWith('.wasm')) binaries.add(file);
  });
  const response = await page.goto(`${context.baseUrl}/speed/`);
  if (response?.status() === 404) {
    await browserContext.close();
    throw new NotMeasuredError('the speed page (/speed/) is not in this build');
  }
  return {
    async measure(what, backend = 'all') {
      await page.getByRole('combobox', { name: 'Backends' }).selectOption(backend);
      const status = page.locator('[data-speed-status]');
      await status.evaluate((element) => delete (element as HTMLElement).dataset['state']);
      await page.getByRole('button', { name: what.button }).click();
      await status.and(page.locator('[data-state="finished"]')).waitFor({ timeout: 10 * 60_000 });
      if (errors.length > 0) throw new Error(`the speed page threw: ${errors.join('; ')}`);
      const rows = await readTable(page, what.table);
      return backend === 'all' ? rows : rows.filter((row) => row.backend === backend);
    },
    wasmBinaries: () => [...binaries].sort(),
    close: () => browserContext.close(),
  };
}

/** Opens the speed page, measures `backend` (every backend by default) once, and closes it. */
export async function runSpeedPage(
  context: BenchContext,
  what: SpeedMeasurement,
  { backend = 'all', ...setup }: SpeedPageSetup & { backend?: string } = {},
): Promise<{ rows: SpeedRow[]; wasmBinaries: string[] }> {
  const speed = await openSpeedPage(context, setup);
  try {
    const rows = await speed.measure(what, backend);
    return { rows, wasmBinaries: speed.wasmBinaries() };
  } finally {
    await speed.close();
  }
}

function readTable(page: Page, table: string): Promise<SpeedRow[]> {
  // Hidden rows are the ones not measured on this machine (the kernel-count WASM row on ≤ 2 cores).
  return page.locator(`[data-speed-table="${table}"] tbody tr:not([hidden])`).evaluateAll((rows) =>
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
        row: (row as HTMLElement).dataset['row'] ?? (row as HTMLElement).dataset['backend'] ?? '?',
        note: (row.querySelector('[data-note]')?.textContent ?? '').replace(/[()]/g, '').trim(),
        kernelDefault: row.hasAttribute('data-kernel-default'),
        cells,
      };
    }),
  );
}
