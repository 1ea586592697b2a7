/**
 * vitest global setup: bundles the node learner realm once per test run (see
 * src/grader/realm/node-realm-bundle.ts) and tells the test workers where it is. In watch mode
 * the bundle is rebuilt before every rerun, so an edit to the realm's code is tested at once.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleNodeRealm, NODE_REALM_BUNDLE_ENV } from '../../src/grader/realm/node-realm-bundle';

/** Builds the bundle; the function it returns removes it when the run ends. */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'runfirst');
  mkdirSync(dir, { recursive: true });
  const outFile = join(dir, `node-learner-realm-${process.pid}.mjs`);
  await bundleNodeRealm(outFile);
  process.env[NODE_REALM_BUNDLE_ENV] = outFile;
  project.onTestsRerun(() => bundleNodeRealm(outFile));
  return () => rmSync(outFile, { force: true });
}
