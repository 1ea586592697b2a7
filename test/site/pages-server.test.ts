import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPagesServer, normaliseBase } from '../../scripts/lib/pages-server';

/** The base-path e2e trusts this server to answer as GitHub Pages does; these tests say how. */
describe('the GitHub Pages-like server', () => {
  const root = mkdtempSync(join(tmpdir(), 'runfirst-pages-'));
  const server = createPagesServer(root, '/our-course/');
  let origin = '';

  beforeAll(async () => {
    mkdirSync(join(root, 'lessons', 'first-model'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(root, 'lessons', 'first-model', 'index.html'), '<h1>lesson</h1>');
    writeFileSync(join(root, 'kernel.wasm'), 'wasm');
    writeFileSync(join(root, '404.html'), '<h1>Page not found</h1>');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });

  it('serves pages and files only under the base, without isolation headers', async () => {
    const home = await get('/our-course/');
    expect(home.status).toBe(200);
    expect(await home.text()).toBe('<h1>home</h1>');
    expect(home.headers.get('cross-origin-opener-policy')).toBeNull();
    expect(home.headers.get('cross-origin-embedder-policy')).toBeNull();
    expect((await get('/our-course/lessons/first-model/')).status).toBe(200);
    expect((await get('/our-course/kernel.wasm')).headers.get('content-type')).toBe('application/wasm');
    // The same file at the root is not there: a path that forgot the base fails.
    expect((await get('/kernel.wasm')).status).toBe(404);
    expect((await get('/lessons/first-model/')).status).toBe(404);
  });

  it('redirects a folder to its trailing slash, and the base itself too', async () => {
    const lesson = await get('/our-course/lessons/first-model');
    expect(lesson.status).toBe(301);
    expect(lesson.headers.get('location')).toBe('/our-course/lessons/first-model/');
    expect((await get('/our-course')).headers.get('location')).toBe('/our-course/');
  });

  it("answers a miss under the base with the site's 404 page, and never leaves the folder", async () => {
    const missing = await get('/our-course/no-such-page/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>Page not found</h1>');
    expect((await get('/our-course/..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });

  it('normalises the base however it is written', () => {
    expect(['our-course', '/our-course', '/our-course/', 'our-course/'].map(normaliseBase)).toEqual(Array(4).fill('/our-course/'));
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('//a//b/')).toBe('/a/b/');
  });
});
