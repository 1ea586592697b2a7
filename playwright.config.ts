import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/chromium';

/**
 * e2e tests run against the built site served by `astro preview` (run `npm run build` first).
 * The browser is Debian's Chromium when present (CHROMIUM_PATH overrides the path), otherwise
 * Playwright's own Chromium, so the same config works in CI and on a laptop.
 */
const executablePath = chromiumExecutable();
const port = Number(process.env['E2E_PORT'] ?? 4400);
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  },
};
/** The specs that run two at a time (see the projects below). */
const PAGE_SPECS = [
  'accessibility.spec.ts',
  'cells.spec.ts',
  'group.spec.ts',
  'keyboard.spec.ts',
  'layout.spec.ts',
  'model-files.spec.ts',
  'open-lesson.spec.ts',
  'progress.spec.ts',
  'share.spec.ts',
  'site.spec.ts',
  'zh-cn.spec.ts',
];

export default defineConfig({
  testDir: './e2e',
  // The base-path build has its own config and server (playwright.base.config.ts).
  testIgnore: 'base-path.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Two at most: the page checks below run side by side; the rest one at a time.
  workers: 2,
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
      // Pages, markup, keyboard and storage: nothing here times a run or trains for long, so two
      // browsers share the cores.
      name: 'chromium-pages',
      testMatch: PAGE_SPECS,
      fullyParallel: true,
      workers: 2,
      use: browser,
    },
    {
      // Lessons, exercises, the kernel, services and offline: their cells train, time things and
      // load-test services, and what they check holds on a machine they have to themselves, as a
      // learner's browser has; one at a time. `npm run test:e2e` runs this project after the page
      // checks (not as a dependency here: a dependency would run in full before every filtered run).
      name: 'chromium',
      testIgnore: ['base-path.spec.ts', ...PAGE_SPECS],
      workers: 1,
      use: browser,
    },
  ],
  webServer: {
    command: `node_modules/.bin/astro preview --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
