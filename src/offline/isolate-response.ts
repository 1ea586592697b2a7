/**
 * The cross-origin-isolation service worker technique: a static host that sends no COOP/COEP
 * headers (GitHub Pages) serves pages on which SharedArrayBuffer, and so WASM threads, are off.
 * The service worker answers every same-origin request itself and can add the two headers; the
 * page is then isolated from the next load on. A response that already has them (the host sends
 * them) is passed through untouched.
 */
import { ISOLATION_HEADERS, type IsolationSource } from './protocol';

/** The response with the isolation headers, and who provided them. */
export interface Isolated {
  response: Response;
  source: Exclude<IsolationSource, 'none'> | 'not-applicable';
}

/**
 * Adds COOP/COEP to `response` when it lacks them. Opaque and error responses (status 0) cannot
 * be rebuilt and are returned as they are ("not-applicable"), as are redirects.
 */
export function isolateResponse(response: Response): Isolated {
  if (response.status === 0 || response.type === 'opaque' || response.type === 'opaqueredirect')
    return { response, source: 'not-applicable' };
  if (response.headers.get('Cross-Origin-Embedder-Policy')) return { response, source: 'host' };
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  // 204/304 and friends may not carry a body; everything else keeps its stream.
  const body = [101, 204, 205, 304].includes(response.status) ? null : response.body;
  return { response: new Response(body, { status: response.status, statusText: response.statusText, headers }), source: 'service-worker' };
}
