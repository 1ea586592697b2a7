/**
 * `npm run build:sites` refuses, before building anything, an output folder outside the project:
 * Astro would then keep both builds' server files in the one `.astro/` and they would overwrite
 * each other part-way. (That the two builds succeed side by side is what `npm test` does.)
 */
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

it('refuses an output folder outside the project, naming it and the two ways on', async () => {
  const outside = join(tmpdir(), 'runfirst-build-sites-outside');
  const failure = await run(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'build-sites.ts')],
    {
      cwd: root,
      env: { ...process.env, RUNFIRST_OUT_DIR: outside },
    },
  ).then(
    () => null,
    (error: { code?: number; stderr?: string }) => error,
  );
  expect(failure?.code).toBe(2);
  expect(failure?.stderr).toBe(
    `build:sites: ${outside} must be a folder inside the project for two builds to run side by side; choose one (RUNFIRST_OUT_DIR, RUNFIRST_BASE_OUT_DIR) or run \`npm run build\` and \`npm run build:base\` one after the other.\n`,
  );
}, 30_000);
