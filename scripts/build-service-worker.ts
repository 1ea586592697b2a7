/**
 * `npm run build`'s last step: writes the offline service worker, `<outDir>/sw.js`, for the site
 * just built (after the search index, so that it is precached too). src/offline/sw.ts is bundled
 * with esbuild and Workbox injects the precache manifest: every file of the build with its
 * revision (files whose names carry a content hash need none; KaTeX's woff and ttf fonts, which
 * no service-worker browser uses, and Pagefind's unused UIs are left out). Prints the files and bytes
 * a learner's first visit downloads for the course to work offline.
 *
 * Usage: tsx scripts/build-service-worker.ts [outDir]   (default: RUNFIRST_OUT_DIR, else dist)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { getManifest, injectManifest, type ManifestTransform } from 'workbox-build';
import { SERVICE_WORKER_FILE } from '../src/offline/protocol.ts';

/** Largest single file precached; the biggest today is Monaco's TypeScript worker (≈ 7 MB). */
const MAX_FILE_BYTES = 24 * 1024 * 1024;

/**
 * KaTeX's stylesheet offers each font as woff2, then woff, then ttf; every browser that runs
 * service workers takes the woff2, so the older formats (40 files) are not precached.
 */
const OLDER_FONT_FORMATS = ['**/KaTeX_*.woff', '**/KaTeX_*.ttf'];

/**
 * Pagefind writes its ready-made search UIs beside its search API (≈ 470 KB); the search page
 * uses only the API (`pagefind.js`, its worker, WASM and index), so the UIs are not precached.
 */
const UNUSED_PAGEFIND_UI = [
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
];

/**
 * Files whose names carry a hash of their content, so a changed file has a new URL and needs no
 * revision in the list: Vite's output under `_astro/`, and Pagefind's index, fragments and
 * metadata (`pagefind/index/en_1329bee.pf_index`, `pagefind/pagefind.en_a191e335e0.pf_meta`).
 */
export const CONTENT_HASHED = /^(?:_astro\/|pagefind\/(?:fragment|index)\/|pagefind\/pagefind\.[\w-]+_[0-9a-f]+\.pf_meta$)/;

/**
 * Hex digits kept of a file's MD5 revision. A revision only has to differ from the same file's
 * previous one when the file changes: with 8 digits (32 bits) a changed page keeps its old
 * revision once in 4 billion deploys. The list rides in sw.js, which every learner's browser
 * downloads: 8 digits make it ≈ 2 KB gzip shorter than 32 (≈ 0.5 KB shorter than 12).
 */
export const REVISION_DIGITS = 8;

const shortRevisions: ManifestTransform = (entries) => ({
  manifest: entries.map((entry) => (entry.revision ? { ...entry, revision: entry.revision.slice(0, REVISION_DIGITS) } : entry)),
  warnings: [],
});

export async function buildServiceWorker(outDir: string): Promise<{ files: number; bytes: number }> {
  const globOptions = {
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: [SERVICE_WORKER_FILE, `${SERVICE_WORKER_FILE}.map`, '**/*.map', ...OLDER_FONT_FORMATS, ...UNUSED_PAGEFIND_UI],
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    dontCacheBustURLsMatching: CONTENT_HASHED,
    manifestTransforms: [shortRevisions],
  };
  const { count, size, warnings } = await getManifest(globOptions);
  if (warnings.length > 0) throw new Error(`the offline copy would be incomplete:\n${warnings.join('\n')}`);
  const work = mkdtempSync(join(tmpdir(), 'runfirst-sw-'));
  try {
    const bundled = join(work, SERVICE_WORKER_FILE);
    await build({
      entryPoints: [resolve(import.meta.dirname, '../src/offline/sw.ts')],
      outfile: bundled,
      bundle: true,
      format: 'iife',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      define: {
        'process.env.NODE_ENV': '"production"',
        __PRECACHE_BYTES__: String(size),
        __PRECACHE_FILES__: String(count),
      },
      logLevel: 'warning',
    });
    const injected = await injectManifest({ ...globOptions, swSrc: bundled, swDest: join(outDir, SERVICE_WORKER_FILE) });
    if (injected.warnings.length > 0) throw new Error(`the offline copy would be incomplete:\n${injected.warnings.join('\n')}`);
    return { files: injected.count, bytes: injected.size };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = resolve(process.argv[2] ?? process.env['RUNFIRST_OUT_DIR'] ?? 'dist');
  const { files, bytes } = await buildServiceWorker(outDir);
  console.log(`offline copy: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB precached by ${join(outDir, SERVICE_WORKER_FILE)}`);
}
