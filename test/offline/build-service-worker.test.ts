import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServiceWorker, REVISION_DIGITS } from '../../scripts/build-service-worker';

describe('buildServiceWorker', () => {
  const site = mkdtempSync(join(tmpdir(), 'runfirst-site-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  mkdirSync(join(site, 'lessons', 'first-model'), { recursive: true });
  mkdirSync(join(site, '_astro'));
  mkdirSync(join(site, 'pagefind'));
  writeFileSync(join(site, 'index.html'), '<h1>runfirst</h1>');
  writeFileSync(join(site, 'lessons', 'first-model', 'index.html'), '<h1>Your first model</h1>');
  writeFileSync(join(site, '_astro', 'kernel.worker-AbC123.js'), 'self.onmessage = () => {};');
  writeFileSync(join(site, '_astro', 'tfjs-backend-wasm-simd-XyZ.wasm'), Buffer.alloc(1000));
  writeFileSync(join(site, 'pagefind', 'pagefind.js'), 'export {};');
  mkdirSync(join(site, 'pagefind', 'fragment'));
  writeFileSync(join(site, 'pagefind', 'fragment', 'en_18a91c8.pf_fragment'), 'f');
  writeFileSync(join(site, 'pagefind', 'pagefind.zh-cn_a191e335e0.pf_meta'), 'm');
  writeFileSync(join(site, 'pagefind', 'pagefind-entry.json'), '{}');
  for (const ui of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
    writeFileSync(join(site, 'pagefind', ui), 'ui');
  }
  writeFileSync(join(site, '_astro', 'editor.js.map'), '{}');
  for (const format of ['woff2', 'woff', 'ttf']) writeFileSync(join(site, '_astro', `KaTeX_Main-Regular.B22.${format}`), format);

  it('precaches every file of the build (pages, scripts, wasm, search index, woff2 fonts), not source maps, older font formats, unused search UIs or itself', async () => {
    const { files, bytes } = await buildServiceWorker(site);
    expect(files).toBe(9);
    const sw = readFileSync(join(site, 'sw.js'), 'utf8');
    for (const url of [
      'index.html',
      'lessons/first-model/index.html',
      '_astro/kernel.worker-AbC123.js',
      '_astro/tfjs-backend-wasm-simd-XyZ.wasm',
      'pagefind/pagefind.js',
      'pagefind/fragment/en_18a91c8.pf_fragment',
      'pagefind/pagefind.zh-cn_a191e335e0.pf_meta',
      'pagefind/pagefind-entry.json',
      '_astro/KaTeX_Main-Regular.B22.woff2',
    ]) {
      expect(sw).toContain(`"${url}"`);
    }
    expect(sw).not.toContain('KaTeX_Main-Regular.B22.woff"');
    expect(sw).not.toContain('KaTeX_Main-Regular.B22.ttf');
    expect(sw).not.toContain('editor.js.map');
    expect(sw).not.toContain('"sw.js"');
    expect(sw).not.toMatch(/pagefind-(ui|component-ui|modular-ui|highlight)/);
    expect(sw).not.toContain('__WB_MANIFEST');
    // The size the page reports is the size of what was precached.
    const written = ['<h1>runfirst</h1>', '<h1>Your first model</h1>', 'self.onmessage = () => {};', 'export {};', 'f', 'm', '{}', 'woff2'];
    expect(bytes).toBe(written.reduce((sum, text) => sum + Buffer.byteLength(text), 1000));
    expect(sw).toContain(String(bytes));
  });

  it('gives files with a content hash in their names no revision and others a content revision, so a changed page is fetched again', async () => {
    const sw = readFileSync(join(site, 'sw.js'), 'utf8');
    for (const hashed of [
      '_astro/kernel.worker-AbC123.js',
      'pagefind/fragment/en_18a91c8.pf_fragment',
      'pagefind/pagefind.zh-cn_a191e335e0.pf_meta',
    ]) {
      expect(sw).toContain(`{"revision":null,"url":"${hashed}"}`);
    }
    expect(sw).toMatch(/\{"revision":"[0-9a-f]+","url":"pagefind\/pagefind-entry\.json"\}/);
    expect(sw).toMatch(/\{"revision":"[0-9a-f]+","url":"pagefind\/pagefind\.js"\}/);
    const before = /"revision":"([0-9a-f]+)","url":"index\.html"/.exec(sw)?.[1];
    writeFileSync(join(site, 'index.html'), '<h1>runfirst, new build</h1>');
    await buildServiceWorker(site);
    const after = /"revision":"([0-9a-f]+)","url":"index\.html"/.exec(readFileSync(join(site, 'sw.js'), 'utf8'))?.[1];
    expect(before).toMatch(new RegExp(`^[0-9a-f]{${REVISION_DIGITS}}$`));
    expect(after).toMatch(new RegExp(`^[0-9a-f]{${REVISION_DIGITS}}$`));
    expect(after).not.toBe(before);
  });
});
