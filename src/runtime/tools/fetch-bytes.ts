/**
 * Reads the bytes at a URL. The browser and worker use {@link fetchBytesOverHttp}; node tests
 * pass a reader of the local public/ folder (see node-fetch-bytes.ts).
 */
export type FetchBytes = (url: string) => Promise<Uint8Array>;

/** Where the site's files are and how to read them; shared by `data` and `models`. */
export interface SiteFiles {
  /**
   * URL of the site root that serves public/ (e.g. `new URL(import.meta.env.BASE_URL, self.location.origin)`
   * in a worker, or a file: URL of the public/ folder in node). A missing trailing slash is added.
   */
  baseUrl: string | URL;
  /** Reads the bytes at a URL; defaults to {@link fetchBytesOverHttp}. */
  fetchBytes?: FetchBytes;
}

/** Fetches `url` with the Fetch API; a non-2xx status is an error naming the status. */
export async function fetchBytesOverHttp(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

/** Resolves a path such as `data/digits.json` against the site root. */
export function siteUrl(baseUrl: string | URL, path: string): string {
  const base = String(baseUrl);
  return new URL(path, base.endsWith('/') ? base : `${base}/`).href;
}

/** The message of an unknown thrown value, for "could not read … (reason)". */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
