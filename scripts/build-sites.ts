/**
 * `npm run build:sites`: the two builds `npm test` serves, side by side: the site at `/` into
 * `dist/` (`npm run build`) and the site under a sub-path into `dist-base/` (`npm run build:base`).
 *
 * Most of a build is one thread (Rollup bundling the page scripts and the workers), so on two
 * cores the pair takes little longer than one build. To share nothing while they run, the content
 * layer is synced once first (`astro sync`): both builds then find its generated files in
 * `.astro/` up to date and leave them alone; and each build keeps its content data store in a
 * cache folder of its own (`RUNFIRST_CACHE_DIR`, read by astro.config.mjs).
 *
 * Each output line is prefixed with its build's folder. The exit code is non-zero when either
 * build fails, and the failure names the build and how to rerun it alone.
 */
import { spawn } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * One of the two builds: the npm script, the folder it writes (passed to it in `outDirVariable`,
 * so the folder named here is the one built), and its own cache folder.
 */
interface SiteBuild {
  readonly script: string;
  readonly outDirVariable: 'RUNFIRST_OUT_DIR' | 'RUNFIRST_BASE_OUT_DIR';
  readonly outDir: string;
  readonly cacheDir: string;
}

const BUILDS: readonly SiteBuild[] = [
  {
    script: 'build',
    outDirVariable: 'RUNFIRST_OUT_DIR',
    outDir: process.env['RUNFIRST_OUT_DIR'] ?? 'dist',
    cacheDir: 'node_modules/.astro/site',
  },
  {
    script: 'build:base',
    outDirVariable: 'RUNFIRST_BASE_OUT_DIR',
    outDir: process.env['RUNFIRST_BASE_OUT_DIR'] ?? 'dist-base',
    cacheDir: 'node_modules/.astro/site-base',
  },
];

/** Runs `program` with extra environment, each output line prefixed; resolves to its exit code. */
function run(program: string, args: readonly string[], env: Record<string, string>, prefix: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(program, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const [stream, sink] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      createInterface({ input: stream }).on('line', (line) => sink.write(`${prefix}${line}\n`));
    }
    child.on('error', (error) => {
      process.stderr.write(`${prefix}could not start ${program}: ${error.message}\n`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * A folder outside the project makes Astro keep that build's server files in the project's
 * `.astro/`, where the other build's would overwrite them.
 */
function outsideProject(build: SiteBuild): boolean {
  const path = relative(process.cwd(), resolve(build.outDir));
  return path === '' || path.startsWith('..') || resolve(path) === path;
}

async function main(): Promise<number> {
  const outside = BUILDS.filter(outsideProject);
  if (outside.length > 0) {
    process.stderr.write(
      `build:sites: ${outside.map((build) => build.outDir).join(' and ')} must be a folder inside the project for two builds to run side by side; choose one (RUNFIRST_OUT_DIR, RUNFIRST_BASE_OUT_DIR) or run \`npm run build\` and \`npm run build:base\` one after the other.\n`,
    );
    return 2;
  }
  const synced = await run('npx', ['astro', 'sync'], {}, '[sync] ');
  if (synced !== 0) {
    process.stderr.write('build:sites: `astro sync` failed (above); `npm run check:content` words what is wrong with the content.\n');
    return synced;
  }
  const started = performance.now();
  const codes = await Promise.all(
    BUILDS.map((build) =>
      run(
        'npm',
        ['run', '--silent', build.script],
        { [build.outDirVariable]: build.outDir, RUNFIRST_CACHE_DIR: build.cacheDir },
        `[${build.outDir}] `,
      ),
    ),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const failed = BUILDS.filter((_, index) => codes[index] !== 0);
  for (const build of failed) {
    process.stderr.write(
      `build:sites: the build into ${build.outDir}/ failed (its lines above start with [${build.outDir}]); rerun it alone with \`npm run ${build.script}\`.\n`,
    );
  }
  if (failed.length > 0) return 1;
  console.log(`build:sites: ${BUILDS.map((build) => `${build.outDir}/`).join(' and ')} built side by side in ${seconds} s`);
  return 0;
}

process.exitCode = await main();
