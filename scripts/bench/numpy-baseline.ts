/**
 * The native baseline for figure 5: float32 matmul GFLOP/s from numpy (the `python3` on PATH; here
 * a pyenv Python whose numpy uses OpenBLAS), timed like the browser side: warm-up, then the median
 * of several runs. Measured with OpenBLAS's default thread count and with one thread.
 */
import { spawnSync } from 'node:child_process';

/** numpy's figures for one thread setting. */
export interface NumpyRun {
  readonly threads: number;
  /** Median GFLOP/s by matrix size n (for n×n times n×n). */
  readonly gflops: Readonly<Record<number, number>>;
  /** Best (fastest run) GFLOP/s by size: shows how much a busy machine pulled the median down. */
  readonly best: Readonly<Record<number, number>>;
}

/** The baseline, or why it is missing. */
export type NumpyBaseline =
  | {
      readonly ok: true;
      readonly numpyVersion: string;
      readonly blas: string;
      readonly coretype: string;
      /** What happened to OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE from the environment. */
      readonly overrides: 'none set' | 'dropped' | 'kept (numpy failed without them)';
      readonly runs: readonly NumpyRun[];
    }
  | { readonly ok: false; readonly reason: string };

/** Times `a @ b` for float32 n×n matrices; prints one JSON object. */
const PROGRAM = String.raw`
import json, sys, time, glob, os, ctypes
import numpy as np
sizes = [int(s) for s in sys.argv[1].split(',')]
threads, core = None, os.environ.get('OPENBLAS_CORETYPE', '')
libs = glob.glob(os.path.join(os.path.dirname(np.__file__), '..', 'numpy.libs', '*openblas*'))
for path in libs:
    lib = ctypes.CDLL(path)
    for name in ('scipy_openblas_get_num_threads64_', 'openblas_get_num_threads64_', 'openblas_get_num_threads'):
        if hasattr(lib, name):
            threads = getattr(lib, name)()
            break
    for name in ('scipy_openblas_get_corename64_', 'openblas_get_corename'):
        if hasattr(lib, name):
            getattr(lib, name).restype = ctypes.c_char_p
            core = getattr(lib, name)().decode()
            break
cfg = np.show_config(mode='dicts') if 'mode' in np.show_config.__code__.co_varnames else {}
blas = cfg.get('Build Dependencies', {}).get('blas', {})
rng = np.random.default_rng(0)
gflops, best = {}, {}
for n in sizes:
    a = rng.random((n, n), dtype=np.float32)
    b = rng.random((n, n), dtype=np.float32)
    for _ in range(3):
        a @ b
    runs = 30 if n <= 256 else 10
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        a @ b
        times.append(time.perf_counter() - t)
    times.sort()
    gflops[n] = 2 * n ** 3 / times[len(times) // 2] / 1e9
    best[n] = 2 * n ** 3 / times[0] / 1e9
print(json.dumps({'numpy': np.__version__, 'blas': (blas.get('name', '?') + ' ' + blas.get('version', '')).strip(),
                  'threads': threads, 'core': core, 'gflops': gflops, 'best': best}))
`;

interface ProgramOutput {
  numpy: string;
  blas: string;
  threads: number | null;
  core: string;
  gflops: Record<string, number>;
  best: Record<string, number>;
}

function runOnce(sizes: readonly number[], env: NodeJS.ProcessEnv): ProgramOutput {
  const result = spawnSync('python3', ['-c', PROGRAM, sizes.join(',')], { env, encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`python3 exited ${result.status}: ${result.stderr.trim().split('\n').pop() ?? ''}`);
  return JSON.parse(result.stdout) as ProgramOutput;
}

const byNumber = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).map(([n, value]) => [Number(n), value]));

/**
 * Runs the baseline with the default OpenBLAS threads and with OPENBLAS_NUM_THREADS=1. Some
 * machines set OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE for old OpenBLAS builds; they hold a current
 * one to an older kernel (Haswell's AVX2 on an AVX-512 CPU), which a learner's numpy would not
 * be. They are dropped for these runs alone (the core OpenBLAS then picks is reported), and kept
 * if numpy fails without them.
 */
export function measureNumpy(sizes: readonly number[]): NumpyBaseline {
  try {
    const { OPENBLAS_NUM_THREADS: _threads, OPENBLAS_CORETYPE: _core, OPENBLAS_L2_SIZE: _l2, ...own } = process.env;
    const { OPENBLAS_NUM_THREADS: _ignored, ...inherited } = process.env;
    let env: NodeJS.ProcessEnv = own;
    let overrides: 'none set' | 'dropped' | 'kept (numpy failed without them)' =
      _core === undefined && _l2 === undefined ? 'none set' : 'dropped';
    let all: ProgramOutput;
    try {
      all = runOnce(sizes, own);
    } catch {
      env = inherited;
      overrides = 'kept (numpy failed without them)';
      all = runOnce(sizes, inherited);
    }
    const one = runOnce(sizes, { ...env, OPENBLAS_NUM_THREADS: '1' });
    const toRun = (output: ProgramOutput, fallbackThreads: number): NumpyRun => ({
      threads: output.threads ?? fallbackThreads,
      gflops: byNumber(output.gflops),
      best: byNumber(output.best),
    });
    return {
      ok: true,
      numpyVersion: all.numpy,
      blas: all.blas,
      coretype: all.core,
      overrides,
      runs: [toRun(all, Number.NaN), toRun(one, 1)],
    };
  } catch (error) {
    return { ok: false, reason: `numpy baseline unavailable: ${error instanceof Error ? error.message : String(error)}` };
  }
}
