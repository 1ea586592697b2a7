import { existsSync } from 'node:fs';

/**
 * Which Chromium the e2e tests and the benchmark drive: CHROMIUM_PATH when set, else Debian's
 * /usr/bin/chromium when present, else Playwright's own browser (undefined executablePath).
 */
export function chromiumExecutable(): string | undefined {
  const candidate = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : undefined;
}

/** Flags for a closed network: no background fetches, no update checks, no sync. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
