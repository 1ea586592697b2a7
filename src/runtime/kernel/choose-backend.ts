/**
 * Picks the kernel's tfjs backend (worker side): the learner's choice when it starts, else the
 * fastest measured on this machine by a short matmul probe. WebGL on a software renderer
 * (SwiftShader, llvmpipe — machines without a GPU) is detected and not measured: it is several
 * times slower than WASM there, so a fixed order would pick the slowest backend. WASM computes on
 * every core but one when the page is cross-origin isolated, leaving a core to the page that draws
 * the output (`wasm-threads.ts`); the benchmark asks for other counts explicitly.
 */
import * as tf from '@tensorflow/tfjs';
import { BACKEND_NAMES, type BackendName, type BackendPreference, type ProbeCache, type ProbeTimes } from '../backend-names';
import { fastest } from '../fastest-backend';
import { runMessages } from '../run-messages';
import { configureWasmThreads, withWasmThreadCap } from './wasm-threads';

/** The outcome of choosing a backend. */
export interface BackendChoice {
  backend: BackendName;
  probe: ProbeCache | null;
  probed: boolean;
  fallbackFrom: BackendName | null;
}

/**
 * Side of the probe's square matmul. Small on purpose: lesson models are small, so per-op
 * overhead matters as much as raw speed, and the CPU backend's probe stays short (≈ 20 ms).
 */
const PROBE_SIZE = 128;

/** The backend `activate` last switched to. Never ask tf.getBackend() before one is set: that starts tfjs's default (WebGL), slowly. */
let active: BackendName | undefined;

/** WASM threads asked for by the current chooseBackend call (see wasm-threads.ts). */
let wasmThreads = 1;

/** Registers and switches to `name`; false when it cannot run here. */
async function activate(name: BackendName): Promise<boolean> {
  try {
    if (name === 'webgpu') {
      // Ask for an adapter first: headless and GPU-less browsers expose navigator.gpu but give
      // none, and tfjs would log a failed initialisation.
      const gpu = (navigator as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
      if (!gpu || !(await gpu.requestAdapter())) return false;
      await import('@tensorflow/tfjs-backend-webgpu');
    }
    if (!tf.findBackendFactory(name)) return false;
    const ok = await withWasmThreadCap(name === 'wasm' ? wasmThreads : 1, async () => {
      const started = await tf.setBackend(name);
      if (started) await tf.ready();
      return started;
    });
    if (ok && tf.getBackend() === name) active = name;
    return active === name;
  } catch {
    return false;
  }
}

/** True when WebGL here is a software renderer. */
export function isSoftwareWebgl(): boolean {
  try {
    const canvas = new OffscreenCanvas(1, 1);
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software|basic render/i.test(renderer);
  } catch {
    return false;
  }
}

/** Milliseconds per probe matmul (plus read-back) on `name`, or null when it does not start. */
async function probe(name: BackendName): Promise<number | null> {
  if (!(await activate(name))) return null;
  const a = tf.randomUniform([PROBE_SIZE, PROBE_SIZE]);
  const b = tf.randomUniform([PROBE_SIZE, PROBE_SIZE]);
  const once = async () => {
    const product = tf.matMul(a, b);
    await product.data();
    product.dispose();
  };
  try {
    await once(); // warm-up: compiles shaders and kernels
    const reps = name === 'cpu' ? 1 : 3;
    const times: number[] = [];
    for (let i = 0; i < reps; i += 1) {
      const start = performance.now();
      await once();
      times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    return times[Math.floor(times.length / 2)] ?? null;
  } finally {
    a.dispose();
    b.dispose();
  }
}

/** Measures every backend that can run here (software WebGL excepted). */
async function probeAll(): Promise<ProbeCache> {
  const softwareWebgl = isSoftwareWebgl();
  const times: ProbeTimes = {};
  for (const name of BACKEND_NAMES) {
    if (name === 'webgl' && softwareWebgl) continue;
    times[name] = await probe(name);
  }
  return { times, softwareWebgl };
}

/** How the backend is started. */
export interface BackendSetup {
  /**
   * WASM threads; by default the kernel's count (`kernelWasmThreadCount`: every core but one when
   * cross-origin isolated). The speed page asks for every core and for one thread explicitly.
   */
  readonly wasmThreads?: number;
}

/**
 * Sets the tfjs backend for the kernel: `preference` when it starts here, else the fastest in
 * `cached` (or measured now), else the first that starts.
 */
export async function chooseBackend(
  preference: BackendPreference,
  cached: ProbeCache | null,
  setup: BackendSetup = {},
): Promise<BackendChoice> {
  wasmThreads = configureWasmThreads(setup.wasmThreads); // before any probe or activation starts the WASM backend
  let fallbackFrom: BackendName | null = null;
  if (preference !== 'auto') {
    if (await activate(preference)) return { backend: preference, probe: cached, probed: false, fallbackFrom };
    fallbackFrom = preference;
  }
  const probed = cached === null;
  const probeResult = cached ?? (await probeAll());
  const best = fastest(probeResult.times);
  const order = [...(best ? [best] : []), ...(['wasm', 'cpu', 'webgl', 'webgpu'] as const).filter((n) => n !== best)];
  for (const name of order) {
    if (active === name || (await activate(name))) return { backend: name, probe: probeResult, probed, fallbackFrom };
  }
  throw new Error(runMessages.noBackend());
}
