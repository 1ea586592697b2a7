import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/chromium';
import { normaliseBase } from './scripts/lib/pages-server';

/**
 * The site built under a base path, as a fork publishes it on GitHub Pages (`npm run build:base`
 * first; `npm run test:e2e:base` does both). It is served by scripts/serve-pages.ts, which, like
 * Pages, answers only under the base and sends no cross-origin isolation headers. Only
 * e2e/base-path.spec.ts runs here; every other spec runs against the root build
 * (playwright.config.ts).
 */
const executablePath = chromiumExecutable();
const port = Number(process.env['E2E_BASE_PORT'] ?? 4410);
const base = normaliseBase(process.env['RUNFIRST_BASE'] ?? '/our-course/');
const outDir = process.env['RUNFIRST_BASE_OUT_DIR'] ?? 'dist-base';

export default defineConfig({
  testDir: './e2e',
  testMatch: 'base-path.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  reporter: 'list',
  use: {
    // Specs go to relative addresses ('lessons/…'), which resolve under the base.
    baseURL: `http://127.0.0.1:${port}${base}`,
    // As in playwright.config.ts: the offline service worker would precache the whole course in
    // every test's fresh context.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium-base-path',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: `node_modules/.bin/tsx scripts/serve-pages.ts --dir ${outDir} --base ${base} --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
