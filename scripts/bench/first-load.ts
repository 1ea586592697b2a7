/**
 * Figure 1: the JavaScript (and CSS) a lesson page transfers when it first loads, before any
 * interaction, in English and in each translation (issue 11 wants both ≤ 30 KB with sw.js). Each response body is gzipped at level 9 (the preview server sends it
 * uncompressed; a static host would gzip it) and the sizes are summed.
 */
import { gzipSync } from 'node:zlib';
import type { Response } from '@playwright/test';
import { newBenchContext } from './browser-context.ts';
import type { BenchContext, Measured, RunnableFigure } from './context.ts';
import type { Measurement } from './figure.ts';
import { TARGETS } from './targets.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../../src/i18n/locales.ts';

/** How the bench's report names each translated locale. */
const LOCALE_NAME_IN_ENGLISH: Record<TranslatedLocale, string> = { 'zh-cn': 'Chinese (zh-CN)' };

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

/** What one page transferred on its first load. */
interface FirstLoad {
  path: string;
  js: { bytes: number; files: number };
  css: { bytes: number; files: number };
  inlineJs: number;
  workerBytes: number | undefined;
  largest: Array<{ path: string; bytes: number }>;
  workers: number;
}

/** Opens `url` in a fresh browser context and sums what it transferred before it went idle. */
async function measureFirstLoad(context: BenchContext, url: string): Promise<FirstLoad> {
  const browserContext = await newBenchContext(context.browser);
  try {
    const page = await browserContext.newPage();
    const responses: Response[] = [];
    let workers = 0;
    page.on('response', (response) => responses.push(response));
    page.on('worker', () => (workers += 1));
    const main = await page.goto(url, { waitUntil: 'networkidle' });
    if (!main?.ok()) throw new Error(`${url} answered ${main?.status() ?? 'nothing'}`);

    const js = { bytes: 0, files: 0 };
    const css = { bytes: 0, files: 0 };
    const largest: Array<{ path: string; bytes: number }> = [];
    let inlineJs = 0;
    for (const response of responses) {
      const kind = assetKind(response.headers()['content-type'] ?? '', response.url());
      if (kind === 'html' && response === main) {
        inlineJs = inlineScripts((await response.body()).toString('utf8')).reduce((sum, code) => sum + gzipSize(Buffer.from(code)), 0);
      }
      if (kind !== 'js' && kind !== 'css') continue;
      const bytes = gzipSize(await response.body());
      const totals = kind === 'js' ? js : css;
      totals.bytes += bytes;
      totals.files += 1;
      if (kind === 'js') largest.push({ path: new URL(response.url()).pathname, bytes });
    }
    largest.sort((a, b) => b.bytes - a.bytes);
    // The service worker is fetched by the browser, not the page, once the page has loaded.
    const worker = await page.request.get(`${context.baseUrl}/sw.js`);
    const workerBytes = worker.ok() ? gzipSize(await worker.body()) : undefined;
    return { path: new URL(url).pathname, js, css, inlineJs, workerBytes, largest, workers };
  } finally {
    await browserContext.close();
  }
}

/** The lesson page in each language the site speaks: English, then each translation. */
const LANGUAGES = [
  { name: 'English', prefix: '' },
  ...TRANSLATED_LOCALES.map((locale) => ({ name: LOCALE_NAME_IN_ENGLISH[locale], prefix: `/${locale}` })),
];

export const firstLoadFigure: RunnableFigure = {
  number: 1,
  title: 'JS transferred when a lesson page first loads (gzip), in each language',
  how: 'open the lesson (English, then the /zh-cn/ page) in a fresh browser context, wait for network idle, gzip (level 9) each JS/CSS response body and sum; inline <script> counted separately, and the service worker script (fetched by the browser after load) added in its own row',
  async measure(context: BenchContext): Promise<Measured> {
    const measurements: Measurement[] = [];
    const notes: string[] = [];
    const files = (n: number) => `(${n} file${n === 1 ? '' : 's'})`;
    for (const language of LANGUAGES) {
      const load = await measureFirstLoad(context, `${context.baseUrl}${language.prefix}/lessons/${context.options.lesson}/`);
      const of = (label: string) => `${label}, ${language.name} page`;
      measurements.push(
        { label: of('JS files'), value: kb(load.js.bytes), unit: 'KB', target: TARGETS.firstLoadJs, detail: files(load.js.files) },
        { label: of('JS files + inline scripts'), value: kb(load.js.bytes + load.inlineJs), unit: 'KB', digits: 1 },
        { label: of('CSS'), value: kb(load.css.bytes), unit: 'KB', detail: files(load.css.files) },
        {
          label: of('JS files + the offline service worker (sw.js)'),
          value: kb(load.js.bytes + (load.workerBytes ?? 0)),
          unit: 'KB',
          digits: 1,
          target: TARGETS.firstLoadJsWithWorker,
          detail:
            load.workerBytes === undefined
              ? '(no sw.js in this build)'
              : `(sw.js ${kb(load.workerBytes).toFixed(1)} KB: Workbox and the precache list)`,
        },
      );
      notes.push(
        `${language.name} page: ${load.path}; workers started before interaction: ${load.workers}`,
        ...load.largest.slice(0, 5).map((file) => `JS ${file.path}: ${kb(file.bytes).toFixed(1)} KB`),
      );
    }
    return { measurements, notes };
  },
};
