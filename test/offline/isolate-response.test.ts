import { describe, expect, it } from 'vitest';
import { isolateResponse } from '../../src/offline/isolate-response';

describe('isolateResponse', () => {
  it('adds COOP and COEP to a response the host sent without them, keeping status, headers and body', async () => {
    const original = new Response('<h1>lesson</h1>', { status: 200, statusText: 'OK', headers: { 'Content-Type': 'text/html' } });
    const { response, source } = isolateResponse(original);
    expect(source).toBe('service-worker');
    expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(response.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(response.headers.get('Content-Type')).toBe('text/html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<h1>lesson</h1>');
  });

  it('passes a response that already has the headers through untouched: the host isolates', () => {
    const original = new Response('x', {
      headers: { 'Cross-Origin-Embedder-Policy': 'credentialless', 'Cross-Origin-Opener-Policy': 'same-origin' },
    });
    const { response, source } = isolateResponse(original);
    expect(source).toBe('host');
    expect(response).toBe(original);
  });

  it('rebuilds a bodiless 304 without a body', () => {
    const { response, source } = isolateResponse(new Response(null, { status: 304 }));
    expect(source).toBe('service-worker');
    expect(response.status).toBe(304);
    expect(response.body).toBeNull();
  });

  it('leaves an error response (status 0) alone', () => {
    const error = Response.error();
    expect(isolateResponse(error)).toEqual({ response: error, source: 'not-applicable' });
  });
});
