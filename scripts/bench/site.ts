/**
 * Builds the site into the benchmark's own folder when needed and serves it with `astro preview`
 * in its own process group, so stopping it stops the server and everything it started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeBuildStamp } from './build-stamp.ts';
import { describeCheckout } from './machine.ts';
import type { BenchOptions } from './options.ts';

/** Builds into `options.outDir` unless it exists (or `--no-build`); throws when the build fails. */
export function ensureBuilt(options: BenchOptions): void {
  const built = existsSync(join(options.outDir, 'index.html'));
  if (options.noBuild) {
    if (!built) throw new Error(`--no-build given but ${options.outDir} has no built site; run without --no-build`);
    console.log(`Using the existing build in ${options.outDir} (--no-build).`);
    return;
  }
  if (built && !options.forceBuild) {
    console.log(`Using the existing build in ${options.outDir} (pass --build to rebuild).`);
    return;
  }
  console.log(`Building the site into ${options.outDir} (npm run build, a few minutes on 2 cores)…`);
  const checkout = describeCheckout(); // before the build: what it is built from
  const result = spawnSync('npm', ['run', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, RUNFIRST_OUT_DIR: options.outDir },
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  writeBuildStamp(options.outDir, checkout);
}

/** A running preview server. */
export interface PreviewServer {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/** Starts `astro preview` on 127.0.0.1:`port` and waits until it answers (at most 60 s). */
export async function startPreview(options: BenchOptions): Promise<PreviewServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  if (await answers(baseUrl)) throw new Error(`port ${options.port} is already in use; pass --port or stop the server there`);
  const child = spawn('node_modules/.bin/astro', ['preview', '--port', String(options.port), '--host', '127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RUNFIRST_OUT_DIR: options.outDir },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (!(await answers(baseUrl))) {
    if (child.exitCode !== null) throw new Error(`astro preview exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) {
      await stopGroup(child);
      throw new Error(`astro preview did not answer on ${baseUrl} within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl, stop: () => stopGroup(child) };
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Sends SIGTERM to the server's process group and waits for it to exit (SIGKILL after 5 s). */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
