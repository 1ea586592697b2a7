/**
 * What a benchmark run ran on and from: the CPU (model and the SIMD flags that decide WASM and
 * OpenBLAS speed), cores, load, and the checkout's commit and cleanliness.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, type } from 'node:os';

/** The machine, as the results file records it. */
export interface Machine {
  readonly cpuModel: string;
  /** Vector instruction sets the CPU reports (subset of /proc/cpuinfo's flags). */
  readonly cpuFlags: readonly string[];
  readonly cores: number;
  readonly os: string;
  readonly node: string;
}

/** A checkout's state: the commit, and the changed paths (clean when there are none). */
export interface Checkout {
  readonly commit: string | null;
  readonly clean: boolean;
  readonly changedPaths: readonly string[];
}

const VECTOR_FLAGS = ['sse4_1', 'sse4_2', 'avx', 'avx2', 'fma', 'avx512f', 'avx512_vnni', 'amx_tile', 'neon', 'asimd'];

/** The CPU model and vector flags from /proc/cpuinfo's text (first processor). */
export function parseCpuInfo(text: string): { model: string | null; flags: string[] } {
  const model = /^(?:model name|Model|Hardware)\s*:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? null;
  const present = new Set((/^(?:flags|Features)\s*:\s*(.+)$/m.exec(text)?.[1] ?? '').trim().split(/\s+/));
  return { model, flags: VECTOR_FLAGS.filter((flag) => present.has(flag)) };
}

/** The machine this process runs on. */
export function describeMachine(): Machine {
  let info: { model: string | null; flags: string[] } = { model: null, flags: [] };
  try {
    info = parseCpuInfo(readFileSync('/proc/cpuinfo', 'utf8'));
  } catch {
    // Not Linux: fall back to what node knows.
  }
  return {
    cpuModel: info.model ?? cpus()[0]?.model ?? 'unknown CPU',
    cpuFlags: info.flags,
    cores: cpus().length,
    os: `${type()} ${release()}`,
    node: process.version,
  };
}

/** The 1-, 5- and 15-minute load averages, rounded to 2 digits. */
export function loadAverage(): number[] {
  return loadavg().map((n) => Math.round(n * 100) / 100);
}

/** Paths from `git status --porcelain` output. */
export function changedPaths(porcelain: string): string[] {
  return porcelain
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.slice(3).trim());
}

/** The commit and changes of the checkout in the current directory (null commit outside git). */
export function describeCheckout(): Checkout {
  const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' });
  const head = git('rev-parse', '--short=12', 'HEAD');
  if (head.status !== 0) return { commit: null, clean: false, changedPaths: [] };
  const paths = changedPaths(git('status', '--porcelain', '--untracked-files=normal').stdout);
  return { commit: head.stdout.trim(), clean: paths.length === 0, changedPaths: paths };
}
