/**
 * The node learner realm as one prebuilt file, for the test suite. A realm started from the
 * TypeScript shell (node-learner-bootstrap.mjs, through tsx) resolves and loads tfjs's hundreds of
 * ES modules and the learner tools in every fresh worker thread, about 1 s each; the suite opens
 * one per graded submission (≈ 250 of them). Bundled once per test run by esbuild, the same code
 * starts in ≈ 0.3 s. Node-only; never bundled for the site.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The environment variable naming the bundle's path; node-realm.ts uses the bundle when it is set. */
export const NODE_REALM_BUNDLE_ENV = 'RUNFIRST_NODE_REALM_BUNDLE';

/** Bundles the realm's shell (node-learner-worker.ts) and everything it imports into `outFile`. */
export async function bundleNodeRealm(outFile: string): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('./node-learner-worker.ts', import.meta.url))],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Some of tfjs's dependencies are CommonJS and call require(): give the ES module one.
    banner: {
      js: "import { createRequire as __runfirstCreateRequire } from 'node:module'; const require = __runfirstCreateRequire(import.meta.url);",
    },
  });
}
