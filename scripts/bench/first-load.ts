/**
 * Figure 1: the JavaScript (and CSS) a lesson page transfers when it first loads, before any
 * interaction. Each response body is gzipped at level 9 (the preview server sends it
 * uncompressed; a static host would gzip it) and the sizes are summed.
 */
import { gzipSync } from 'node:zlib';
import type { Response } from '@playwright/test';
import { newBenchContext } from './browser-context.ts';
import type { BenchContext, Measured, RunnableFigure } from './context.ts';
import { TARGETS } from './targets.ts';

/** Which kind of asset a response is, by content type and then by extension. */
export function assetKind(contentType: string, url: string): 'js' | 'css' | 'html' | 'other' {
  const path = new URL(url).pathname;
  if (/javascript|ecmascript/.test(contentType) || /\.(m?js)$/.test(path)) return 'js';
  if (/text\/css/.test(contentType) || path.endsWith('.css')) return 'css';
  if (/text\/html/.test(contentType)) return 'html';
  return 'other';
}

/** Gzipped size of `body` at level 9, in bytes. */
export function gzipSize(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}

/** The content of inline `<script>` elements (no src) in an HTML page. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1] ?? '');
}

/** 1 KB = 1,024 bytes. */
const kb = (bytes: number) => bytes / 1024;

export const firstLoadFigure: RunnableFigure = {
  number: 1,
  title: 'JS transferred when a lesson page first loads (gzip)',
  how: 'open the lesson in a fresh browser context, wait for network idle, gzip (level 9) each JS/CSS response body and sum; inline <script> counted separately, and the service worker script (fetched by the browser after load) added in its own row',
  async measure(context: BenchContext): Promise<Measured> {
    const browserContext = await newBenchContext(context.browser);
    try {
      const page = await browserContext.newPage();
      const responses: Response[] = [];
      let workers = 0;
      page.on('response', (response) => responses.push(response));
      page.on('worker', () => (workers += 1));
      const url = `${context.baseUrl}/lessons/${context.options.lesson}/`;
      const main = await page.goto(url, { waitUntil: 'networkidle' });
      if (!main?.ok()) throw new Error(`${url} answered ${main?.status() ?? 'nothing'}`);

      const totals = { js: { bytes: 0, files: 0 }, css: { bytes: 0, files: 0 } };
      const largest: Array<{ path: string; bytes: number }> = [];
      let inlineJs = 0;
      for (const response of responses) {
        const kind = assetKind(response.headers()['content-type'] ?? '', response.url());
        if (kind === 'html' && response === main) {
          inlineJs = inlineScripts((await response.body()).toString('utf8')).reduce((sum, code) => sum + gzipSize(Buffer.from(code)), 0);
        }
        if (kind !== 'js' && kind !== 'css') continue;
        const bytes = gzipSize(await response.body());
        totals[kind].bytes += bytes;
        totals[kind].files += 1;
        if (kind === 'js') largest.push({ path: new URL(response.url()).pathname, bytes });
      }
      largest.sort((a, b) => b.bytes - a.bytes);
      // The service worker is fetched by the browser, not the page, once the page has loaded.
      const worker = await page.request.get(`${context.baseUrl}/sw.js`);
      const workerBytes = worker.ok() ? gzipSize(await worker.body()) : 0;
      const files = (n: number) => `(${n} file${n === 1 ? '' : 's'})`;
      return {
        measurements: [
          { label: 'JS files', value: kb(totals.js.bytes), unit: 'KB', target: TARGETS.firstLoadJs, detail: files(totals.js.files) },
          { label: 'JS files + inline scripts', value: kb(totals.js.bytes + inlineJs), unit: 'KB', digits: 1 },
          { label: 'CSS', value: kb(totals.css.bytes), unit: 'KB', detail: files(totals.css.files) },
          {
            label: 'JS files + the offline service worker (sw.js)',
            value: kb(totals.js.bytes + workerBytes),
            unit: 'KB',
            digits: 1,
            detail: worker.ok() ? `(sw.js ${kb(workerBytes).toFixed(1)} KB: Workbox and the precache list)` : '(no sw.js in this build)',
          },
        ],
        notes: [
          `page: ${new URL(url).pathname}; workers started before interaction: ${workers}`,
          ...largest.slice(0, 5).map((file) => `JS ${file.path}: ${kb(file.bytes).toFixed(1)} KB`),
        ],
      };
    } finally {
      await browserContext.close();
    }
  },
};
