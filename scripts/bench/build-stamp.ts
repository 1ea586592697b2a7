/**
 * The record of which checkout a bench build was made from, kept in the build folder so that a
 * later `--no-build` run still reports the build's commit rather than the checkout's.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Checkout } from './machine.ts';

/** The file in the build folder. */
export const STAMP_FILE = 'bench-build.json';

/** What was built, from what, when. */
export interface BuildStamp extends Checkout {
  readonly builtAt: string;
}

/** Writes the stamp after a successful build. */
export function writeBuildStamp(outDir: string, checkout: Checkout, builtAt = new Date()): void {
  const stamp: BuildStamp = { ...checkout, builtAt: builtAt.toISOString() };
  writeFileSync(join(outDir, STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
}

/** The stamp of the build in `outDir`, or null when it was not built by the bench. */
export function readBuildStamp(outDir: string): BuildStamp | null {
  const path = join(outDir, STAMP_FILE);
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as BuildStamp;
}
