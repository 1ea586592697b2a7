/**
 * `npm run build`'s last step: writes the offline service worker, `<outDir>/sw.js`, for the site
 * just built (after the search index, so that it is precached too). src/offline/sw.ts is bundled
 * with esbuild and Workbox injects the precache manifest: every file of the build with its
 * revision (file names under `_astro/` already carry a content hash; KaTeX's woff and ttf fonts,
 * which no service-worker browser uses, are left out). Prints the files and bytes
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
 * Hex digits kept of a file's MD5 revision. A revision only has to change when the file does; 12
 * digits (48 bits) keep that certain in practice and make the list, which every learner's browser
 * downloads inside sw.js, ≈ 1.5 KB gzip shorter than 32 digits.
 */
export const REVISION_DIGITS = 12;

const shortRevisions: ManifestTransform = (entries) => ({
  manifest: entries.map((entry) => (entry.revision ? { ...entry, revision: entry.revision.slice(0, REVISION_DIGITS) } : entry)),
  warnings: [],
});

export async function buildServiceWorker(outDir: string): Promise<{ files: number; bytes: number }> {
  const globOptions = {
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: [SERVICE_WORKER_FILE, `${SERVICE_WORKER_FILE}.map`, '**/*.map', ...OLDER_FONT_FORMATS],
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    dontCacheBustURLsMatching: /^_astro\//,
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
