/**
 * `npm run build`'s last step: writes the offline service worker, `<outDir>/sw.js`, for the site
 * just built (after the search index, so that it is precached too). src/offline/sw.ts is bundled
 * with esbuild and Workbox injects the precache manifest: every file of the build with its
 * revision (file names under `_astro/` already carry a content hash). Prints the files and bytes
 * a learner's first visit downloads for the course to work offline.
 *
 * Usage: tsx scripts/build-service-worker.ts [outDir]   (default: RUNFIRST_OUT_DIR, else dist)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';
import { SERVICE_WORKER_FILE } from '../src/offline/protocol.ts';

/** Largest single file precached; the biggest today is Monaco's TypeScript worker (≈ 7 MB). */
const MAX_FILE_BYTES = 24 * 1024 * 1024;

export async function buildServiceWorker(outDir: string): Promise<{ files: number; bytes: number }> {
  const globOptions = {
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: [SERVICE_WORKER_FILE, `${SERVICE_WORKER_FILE}.map`, '**/*.map'],
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    dontCacheBustURLsMatching: /^_astro\//,
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
