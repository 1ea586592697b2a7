import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/chromium';

/**
 * e2e tests run against the built site served by `astro preview` (run `npm run build` first).
 * The browser is Debian's Chromium when present (CHROMIUM_PATH overrides the path), otherwise
 * Playwright's own Chromium, so the same config works in CI and on a laptop.
 */
const executablePath = chromiumExecutable();
const port = Number(process.env['E2E_PORT'] ?? 4400);

export default defineConfig({
  testDir: './e2e',
  // The base-path build has its own config and server (playwright.base.config.ts).
  testIgnore: 'base-path.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: process.env['CI'] ? 1 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The offline service worker would download the whole course (≈ 27 MB) in every test's fresh
    // context; only e2e/offline.spec.ts, which is about it, lets it run.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
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
    command: `node_modules/.bin/astro preview --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
