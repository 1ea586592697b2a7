/**
 * The messages between a page and the site's service worker (sw.ts), and the names both use.
 * One file, imported by both sides, so the two cannot drift.
 */

/** Where the page is served under, from the service worker's own URL (`<base>sw.js`). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Who made the page cross-origin isolated (so WASM can use threads), if anyone. */
export type IsolationSource = 'host' | 'service-worker' | 'none';

/** Page → service worker. */
export type PageToWorker =
  /** Ask for the offline copy's size and who isolates pages. */
  | { kind: 'status' }
  /** Take over now (the learner chose to reload into the new version). */
  | { kind: 'activate-update' };

/** Service worker → page, in answer to `status`. */
export interface WorkerStatus {
  kind: 'status';
  /** Bytes of everything precached: the course as it works offline. */
  bytes: number;
  /** Files precached. */
  files: number;
  /** Who added the isolation headers to the last page this worker served. */
  isolation: IsolationSource;
}

/** The response headers that make a page cross-origin isolated. */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
