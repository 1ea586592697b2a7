import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assetKind, gzipSize, inlineScripts } from '../../../scripts/bench/first-load.ts';

describe('first-load accounting', () => {
  it('classifies responses by content type, then by extension', () => {
    expect(assetKind('text/javascript; charset=utf-8', 'http://x/_astro/a.js')).toBe('js');
    expect(assetKind('', 'http://x/_astro/worker.mjs?v=1')).toBe('js');
    expect(assetKind('text/css', 'http://x/_astro/a.css')).toBe('css');
    expect(assetKind('text/html', 'http://x/lessons/a/')).toBe('html');
    expect(assetKind('application/wasm', 'http://x/a.wasm')).toBe('other');
  });

  it('measures the level-9 gzip size', () => {
    const body = Buffer.from('const x = 1;\n'.repeat(1000));
    expect(gzipSize(body)).toBeLessThan(body.length / 20);
    expect(gzipSize(body)).toBeGreaterThan(0);
    expect(gunzipSync(gzipSync(body, { level: 9 })).equals(body)).toBe(true);
  });

  it('finds inline scripts and skips external ones', () => {
    const html = '<script>a()</script><script type="module" src="/x.js"></script><script is:inline>\nb()\n</script>';
    expect(inlineScripts(html)).toEqual(['a()', '\nb()\n']);
  });
});
