/**
 * A fresh browser context for one figure. tsx compiles this script with esbuild's keepNames,
 * which wraps named inner functions in `__name(...)`; functions handed to page.evaluate carry
 * that call into the page, so every page gets a no-op `__name` first.
 */
import type { Browser, BrowserContext } from '@playwright/test';

const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((target) => target);';

/**
 * A new context (clean storage and cache) whose pages can run functions compiled by tsx. The
 * offline service worker is blocked: its first-visit download of the whole course would run
 * beside every figure's measurement (figure 1 counts its script separately).
 */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  return context;
}
